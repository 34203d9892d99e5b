// The public portal: pages exist, content is right, non-public content is absent; the internal one marks it.
def portal = new File(basedir, 'target/portal')
def internal = new File(basedir, 'target/portal-internal')
assert portal.isDirectory() : 'target/portal was not built'
assert internal.isDirectory() : 'target/portal-internal was not built'
['index.html', 'catalog/index.html', 'catalog/regulation/index.html', 'organs/gov/index.html',
 'items/gov/2026/fees-regulation/index.html', 'archive/index.html', 'archive/2026/index.html',
 'archive/2026/03/index.html', 'archive/2026/volume/index.html', '404.html', 'old/art_1001.html',
 'feeds/all.xml', 'sitemap.xml', 'data/items.json', 'data/items.csv', 'attachments/2026/fees.csv',
 'assets/style.css'].each { assert new File(portal, it).isFile() : "missing $it" }

def item = new File(portal, 'items/gov/2026/fees-regulation/index.html').getText('UTF-8')
assert item.contains('测政发〔2026〕3号')
assert item.contains('11539901MB0000001E/2026-00001')
assert item.contains('《测试县行政事业性收费管理办法》政策解读') : 'the policy links to its interpretation'
assert new File(portal, 'old/art_1001.html').getText('UTF-8').contains('items/gov/2026/fees-regulation/')

def all = []
portal.eachFileRecurse { if (it.isFile()) all << it }
all.each { f -> assert !f.getText('UTF-8').contains('INTERNALONLY') : "internal item leaked into $f" }
assert new File(internal, 'items/gov/2026/internal-notice/index.html').getText('UTF-8').contains('INTERNALONLY')

// Withdrawn: the page stays, lists and feeds drop it.
assert new File(portal, 'items/fin/2026/withdrawn/index.html').getText('UTF-8').contains('分配方案调整')
['index.html', 'feeds/all.xml', 'catalog/budget/index.html', 'data/items.json', 'sitemap.xml'].each {
    assert !new File(portal, it).getText('UTF-8').contains('WITHDRAWNLIST') : "withdrawn item listed in $it"
}
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gongkai/diagnostics.json'))
assert json.errors == 0

// A quiet build: no library noise, a progress line only for slow work, and one summary line per goal. The time in
// the summary is the console's only: no file of the portal or beside it carries it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('log4j') && !log.contains('SLF4J') : 'library noise in the build log'
assert log =~ /检查完成：\d+ 个条目可见，\d+ 个警告，0 个错误，用时 \d+\.\d 秒/
assert log =~ /门户已生成：\d+ 个条目，\d+ 个页面，\d+ 个警告，0 个错误，用时 \d+\.\d 秒 → target\/portal/
new File(basedir, 'target').eachFileRecurse { f ->
    if (f.isFile() && !f.name.endsWith('.log')) {
        assert !f.getText('UTF-8').contains('用时') : "the build's time got into $f"
    }
}
return true
