// The build failed, every problem is in the JSON with file and line, and nothing was written.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gongkai/diagnostics.json'))
def found = json.diagnostics.findAll { it.severity == 'error' }.collect { "${it.code} ${it.file}:${it.line}" as String } as Set
def expected = ['unknown-organ items/gov/2026/bad-organ.md:3', 'duplicate-index items/gov/2026/good.md:7',
                'bad-date items/gov/2026/bad-date.md:5', 'no-front-matter items/gov/2026/no-front-matter.md:1'] as Set
assert found == expected : "errors were $found"
assert !new File(basedir, 'target/portal').exists() : 'a portal was written despite errors'
def log = new File(basedir, 'build.log').getText('UTF-8')
// Diagnostics are in Chinese by default: what is wrong, where, and how to fix it.
assert log.contains('content/items/gov/2026/bad-organ.md:3:8: 错误 [unknown-organ] 未知的发布机构“nowhere” — 使用 site.yaml 中定义的机构 id：')
assert json.language == 'zh-Hans'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'the user saw a stack trace'
return true
