// gongkai:new wrote the item with the organ's next 索引号 and printed its path.
def item = new File(basedir, 'content/items/fin/2026/2026-nian-bu-men-yu-suan-gong-kai.md')
assert item.isFile() : 'the new item was not written where expected'
def text = item.getText('UTF-8')
assert text.contains('index: "11539901MB0000002H/2026-00008"')
assert text.contains('title: "2026年部门预算公开"')
assert text.contains('written: 2026-03-02')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('已建立 ') && log.contains('2026-nian-bu-men-yu-suan-gong-kai.md')
return true
