// A real git repository. main: one item, and an error it already had (an unknown organ) in a file the pull
// request does not touch. The branch pr adds two items: one in a category that does not exist, one with the
// next 索引号 as it was when the branch was made. Then main merges another editor's item with that same number.
def git = { String... args ->
    def p = (['git'] + args.toList()).execute(['GIT_AUTHOR_DATE=2026-05-01T00:00:00+08:00',
            'GIT_COMMITTER_DATE=2026-05-01T00:00:00+08:00', 'HOME=' + basedir], basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.toList()} failed"
}
def write = { String path, String text ->
    def f = new File(basedir, path); f.parentFile.mkdirs(); f.setText(text, 'UTF-8')
}
def item = { String title, String category, String index ->
    "---\ntitle: ${title}\norgan: fin\ncategory: ${category}\nwritten: 2026-03-02\npublished: 2026-03-03\nindex: ${index}\n---\n正文。\n"
}
git('init', '-q', '-b', 'main')
git('config', 'user.name', '信息员'); git('config', 'user.email', 'editor@example.gov.cn'); git('config', 'commit.gpgsign', 'false')
write('content/items/fin/2026/budget.md', item('2026年部门预算', 'budget', '11539901MB0000002H/2026-00001'))
write('content/items/fin/2026/old.md', item('机构写错的旧通知', 'budget', '11539901MB0000002H/2026-00002').replace('organ: fin', 'organ: nobody'))
git('add', '.'); git('commit', '-q', '-m', '初始内容')
git('checkout', '-q', '-b', 'pr')
write('content/items/fin/2026/wrong-category.md', item('分类写错的通知', 'no-such-category', '11539901MB0000002H/2026-00004'))
write('content/items/fin/2026/plan.md', item('2027年预算编制计划', 'budget', '11539901MB0000002H/2026-00003'))
git('add', '.'); git('commit', '-q', '-m', '新增两个条目')
git('checkout', '-q', 'main')
write('content/items/fin/2026/fund.md', item('专项资金分配公告', 'budget', '11539901MB0000002H/2026-00003'))
git('add', '.'); git('commit', '-q', '-m', 'Merge pull request #9')
git('checkout', '-q', 'pr')
return true
