// A real git repository: main with one item, a pull-request branch that changes it and adds a scheduled one.
def git = { String... args ->
    def p = (['git'] + args.toList()).execute(['GIT_AUTHOR_DATE=2026-05-01T00:00:00+08:00',
            'GIT_COMMITTER_DATE=2026-05-01T00:00:00+08:00', 'HOME=' + basedir], basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.toList()} failed"
}
def write = { String path, String text ->
    def f = new File(basedir, path); f.parentFile.mkdirs(); f.setText(text, 'UTF-8')
}
git('init', '-q', '-b', 'main')
git('config', 'user.name', '信息员'); git('config', 'user.email', 'editor@example.gov.cn'); git('config', 'commit.gpgsign', 'false')
write('content/items/fin/2026/budget.md', '---\ntitle: 2026年部门预算\norgan: fin\ncategory: budget\nwritten: 2026-03-02\npublished: 2026-03-03\ndoc-number: 测财〔2026〕1号\n---\n预算总额100万元。\n')
git('add', '.'); git('commit', '-q', '-m', '初始内容')
git('checkout', '-q', '-b', 'pr')
write('content/items/fin/2026/budget.md', '---\ntitle: 2026年部门预算\norgan: fin\ncategory: budget\nwritten: 2026-03-02\npublished: 2026-03-03\ndoc-number: 测财〔2026〕2号\n---\n预算总额120万元。\n')
write('content/items/fin/2026/plan.md', '---\ntitle: 2027年预算编制计划\norgan: fin\ncategory: budget\nwritten: 2026-05-20\npublished: 2099-01-05T09:00:00+08:00\n---\n计划。\n')
git('add', '.'); git('commit', '-q', '-m', '预算更新 (#7)')
return true
