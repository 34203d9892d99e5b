// The office's repository (a bare remote.git beside this clone) and two editors. The other editor, in a clone of
// their own, pushed a branch with 索引号 00002 and 00003 of 财政局; main has 00001. This clone has not fetched
// since: gongkai:new must fetch, read origin/czj-fund and take 00004.
def run = { File dir, String... args ->
    def p = (['git'] + args.toList()).execute(['GIT_AUTHOR_DATE=2026-05-01T00:00:00+08:00',
            'GIT_COMMITTER_DATE=2026-05-01T00:00:00+08:00', 'HOME=' + basedir, 'GIT_CONFIG_NOSYSTEM=1'], dir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.toList()} in ${dir} failed"
}
def write = { File dir, String path, String text ->
    def f = new File(dir, path); f.parentFile.mkdirs(); f.setText(text, 'UTF-8')
}
def item = { String title, String index ->
    "---\ntitle: ${title}\norgan: fin\ncategory: budget\nwritten: 2026-03-02\npublished: 2026-03-03\nindex: ${index}\n---\n正文。\n"
}
def remote = new File(basedir, 'target/remote.git')
def other = new File(basedir, 'target/other-editor')
remote.mkdirs()
run(remote, 'init', '-q', '--bare', '-b', 'main')
run(basedir, 'init', '-q', '-b', 'main')
[basedir].each { d -> run(d, 'config', 'user.name', '信息员'); run(d, 'config', 'user.email', 'editor@example.gov.cn'); run(d, 'config', 'commit.gpgsign', 'false') }
new File(basedir, '.gitignore').setText('target/\n', 'UTF-8')
write(basedir, 'content/items/fin/2026/budget.md', item('2026年部门预算', '11539901MB0000002H/2026-00001'))
run(basedir, 'add', '.'); run(basedir, 'commit', '-q', '-m', '初始内容')
run(basedir, 'remote', 'add', 'origin', remote.absolutePath)
run(basedir, 'push', '-q', 'origin', 'main')
run(basedir, 'fetch', '-q', 'origin')

run(new File(basedir, 'target'), 'clone', '-q', remote.absolutePath, 'other-editor')
run(other, 'config', 'user.name', '另一位信息员'); run(other, 'config', 'user.email', 'other@example.gov.cn'); run(other, 'config', 'commit.gpgsign', 'false')
run(other, 'checkout', '-q', '-b', 'czj-fund')
write(other, 'content/items/fin/2026/fund.md', item('专项资金分配公告', '11539901MB0000002H/2026-00002'))
write(other, 'content/items/fin/2026/fund-2.md', item('专项资金第二批分配公告', '11539901MB0000002H/2026-00003'))
run(other, 'add', '.'); run(other, 'commit', '-q', '-m', '专项资金公告')
run(other, 'push', '-q', 'origin', 'czj-fund')

run(basedir, 'checkout', '-q', '-b', 'czj-plan')
return true
