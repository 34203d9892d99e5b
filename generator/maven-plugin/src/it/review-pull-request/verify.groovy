// The review summary an approver reads: what changed, the metadata, the schedule, the text diff.
// Values are backslash-escaped in the Markdown (so that no content can forge its structure); read them unescaped.
def md = new File(basedir, 'target/gongkai/review.md').getText('UTF-8').replace('\\', '')
assert md.contains('测财〔2026〕1号') && md.contains('测财〔2026〕2号')
assert md.contains('-预算总额100万元。') && md.contains('+预算总额120万元。')
assert md.contains('2099-01-05T09:00+08:00')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gongkai/review.json'))
assert json.counts.added == 1
assert json.counts.changed == 1
assert json.changes.find { it.path == 'items/fin/2026/plan.md' }.scheduled == '2099-01-05T09:00+08:00'
return true
