// The new item took the number after the other editor's branch, fetched by the goal itself, and said so.
def text = new File(basedir, 'content/items/fin/2026/plan.md').getText('UTF-8')
assert text.contains('index: "11539901MB0000002H/2026-00004"')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] 索引号：11539901MB0000002H/2026-00004')
assert log =~ /已对照工作区和 \d+ 个分支：.*origin\/czj-fund/
assert log.contains('已先取回（fetch）：origin')
assert log.contains('已建立 content/items/fin/2026/plan.md')
return true
