// The goal failed, and its console says why: each blocking error with file:line:column, in Chinese, with the fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/items/fin/2026/wrong-category.md:4:11: 错误 [unknown-category]')
assert log.contains('[ERROR] content/items/fin/2026/plan.md:7:8: 错误 [index-taken] 索引号“11539901MB0000002H/2026-00003”在本分支建立之后已被 main 上的 items/fin/2026/fund.md 使用')
assert log.contains('把 index 改为“11539901MB0000002H/2026-00005”')
// The error main already had is not the pull request's: counted, not listed as blocking.
assert !log.contains('[ERROR] content/items/fin/2026/old.md')
assert log.contains('2 个错误阻止合并（另有 1 个错误在本次没有改动的文件中，main 上原已有）')
assert log.contains('BUILD FAILURE')
assert log.contains('有 2 个错误阻止合并')
// The summary is written before the goal fails, for the pull-request comment.
def md = new File(basedir, 'target/gongkai/review.md').getText('UTF-8')
assert md.contains('Errors that block the merge: 2')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gongkai/review.json'))
assert json.counts.blocking == 2
assert json.blocking*.code.sort() == ['index-taken', 'unknown-category']
return true
