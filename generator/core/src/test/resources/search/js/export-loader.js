// Reads a static export from disk as the browser's script tags would: each file calls gongkai._data(name, value).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function fileLoader(searchDir, counter) {
  return name => fs.promises.readFile(path.join(searchDir, name + '.js'), 'utf8').then(text => {
    if (counter) counter.bytes += Buffer.byteLength(text), counter.files++;
    let value;
    new Function('gongkai', text)({ _data: (n, v) => { if (n === name) value = v; } });
    if (value === undefined) throw new Error(`${name}.js did not call gongkai._data("${name}", …)`);
    return value;
  });
}

module.exports = { fileLoader };
