// 测试县财政局's 2026 report, every cell of tables 二, 三 and 四 against numbers counted by hand from the fixture
// (the items under content/items and the register under content/requests), read from its JSON; then the same
// numbers in the right cells of its HTML page, under the format's headings; its CSV; the index; the draft.
import groovy.json.JsonSlurper

def portal = new File(basedir, 'target/portal')
def internal = new File(basedir, 'target/portal-internal')
def read = { File dir, String path -> new File(dir, path).getText('UTF-8') }

def diagnostics = new JsonSlurper().parse(new File(basedir, 'target/gongkai/diagnostics.json'))
assert diagnostics.errors == 0

// —— every cell, zero unless counted below ——
def expected = [:]
['regulations', 'normative-documents'].each { l -> ['made', 'repealed', 'valid'].each { c -> expected["proactive/$l/$c".toString()] = 0 } }
['licensing', 'penalties', 'enforcement'].each { l -> expected["proactive/$l/decisions".toString()] = 0 }
expected['proactive/fees/amount'] = 0
def applicationRows = ['new', 'carried-in', 'granted', 'partial',
    'state-secret', 'prohibited-by-law', 'three-safeties', 'third-party', 'internal-affairs', 'process-information',
    'enforcement-file', 'administrative-query', 'not-held', 'needs-creation', 'still-unclear',
    'petition', 'repeated', 'publication', 'excessive', 'confirmation', 'no-supplement', 'fee-unpaid', 'other',
    'total', 'carried-out']
def applicants = ['natural-person', 'commercial', 'research', 'public-interest', 'legal-service', 'other', 'total']
applicationRows.each { r -> applicants.each { c -> expected["applications/$r/$c".toString()] = 0 } }
['review', 'lawsuit', 'lawsuit-after-review'].each { r ->
    ['upheld', 'corrected', 'other', 'pending', 'total'].each { c -> expected["appeals/$r/$c".toString()] = 0 }
}
assert expected.size() == 10 + 25 * 7 + 3 * 5

def counted = [
    // 表二. Documents: 2025-a in force; 2025-b repealed by 2026-c (2026-04-01); 2026-c, -d (expired 2026-10-31), -e
    // made in 2026. 行政许可: two decisions of 2026 (the 2025 one and the draft do not count). The rest: figures.
    'proactive/normative-documents/made': 3, 'proactive/normative-documents/repealed': 2,
    'proactive/normative-documents/valid': 3, 'proactive/licensing/decisions': 2,
    'proactive/penalties/decisions': 7, 'proactive/enforcement/decisions': 3, 'proactive/fees/amount': new BigDecimal('12.35'),
    // 表三. New in 2026: 001 002 004 008 010 (自然人), 003 009 (商业企业), 006 (科研), 007 (公益), 005 (法律服务), 011 (其他).
    'applications/new/natural-person': 5, 'applications/new/commercial': 2, 'applications/new/research': 1,
    'applications/new/public-interest': 1, 'applications/new/legal-service': 1, 'applications/new/other': 1,
    'applications/new/total': 11,
    // 2025-012, received in December 2025 and answered in January
    'applications/carried-in/natural-person': 1, 'applications/carried-in/total': 1,
    // 予以公开: 001, 2025-012 (自然人), 009 (商业企业), 007 (公益); 011 is answered only in 2027
    'applications/granted/natural-person': 2, 'applications/granted/commercial': 1,
    'applications/granted/public-interest': 1, 'applications/granted/total': 4,
    'applications/partial/natural-person': 1, 'applications/partial/total': 1,                  // 002
    'applications/third-party/commercial': 1, 'applications/third-party/total': 1,              // 003
    'applications/process-information/natural-person': 1, 'applications/process-information/total': 1, // 008
    'applications/not-held/natural-person': 1, 'applications/not-held/total': 1,                // 004
    'applications/needs-creation/natural-person': 1, 'applications/needs-creation/total': 1,    // 010
    'applications/repeated/research': 1, 'applications/repeated/total': 1,                      // 006
    'applications/fee-unpaid/legal-service': 1, 'applications/fee-unpaid/total': 1,            // 005
    'applications/total/natural-person': 6, 'applications/total/commercial': 2, 'applications/total/research': 1,
    'applications/total/public-interest': 1, 'applications/total/legal-service': 1, 'applications/total/total': 11,
    'applications/carried-out/other': 1, 'applications/carried-out/total': 1,                  // 011
    // 表四, as it stood on 2026-12-31. 复议: 008 维持, 010 纠正, 003 其他, 006 not yet decided.
    'appeals/review/upheld': 1, 'appeals/review/corrected': 1, 'appeals/review/other': 1, 'appeals/review/pending': 1,
    'appeals/review/total': 4,
    // 未经复议直接起诉: 004 纠正, 009 not yet decided; 复议后起诉: 010's, decided only in February 2027
    'appeals/lawsuit/corrected': 1, 'appeals/lawsuit/pending': 1, 'appeals/lawsuit/total': 2,
    'appeals/lawsuit-after-review/pending': 1, 'appeals/lawsuit-after-review/total': 1,
]
counted.each { k, v -> assert expected.containsKey(k) : "no cell $k"; expected[k] = v }

// —— the JSON ——
def json = new JsonSlurper().parse(new File(portal, 'reports/2026/fin.json'), 'UTF-8')
assert json.title == '测试县财政局2026年政府信息公开工作年度报告'
assert json.year == 2026
assert json.organ.id == 'fin' && json.organ.name == '测试县财政局' && json.organ.code == '11539901MB0000002H'
assert json.published == '2027-01-25'
assert json.draft == false
assert json.url == 'https://gk.test.example/reports/2026/fin/'
assert json.cells.keySet() as Set == expected.keySet() as Set
expected.each { address, value ->
    def cell = json.cells[address]
    assert new BigDecimal(cell.value.toString()).compareTo(new BigDecimal(value.toString())) == 0 :
            "$address: ${cell.value} in the JSON, $value counted by hand"
}
assert json.cells['applications/fee-unpaid/legal-service'].table == '三、收到和处理政府信息公开申请情况'
assert json.cells['applications/fee-unpaid/legal-service'].row ==
        '三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'
assert json.cells['applications/fee-unpaid/legal-service'].column == '申请人情况 / 法人或其他组织 / 法律服务机构'
assert json.cells['proactive/licensing/decisions'].row == '第二十条第（五）项 / 行政许可'
assert json.cells['proactive/licensing/decisions'].column == '本年处理决定数量'
assert json.cells['appeals/lawsuit/corrected'].row == '行政诉讼 / 未经复议直接起诉'
// 信息处理费 of the answers of 2026: 001 (100, paid), 005 (80, unpaid), 2025-012 (20.5, paid)
assert json.fees.notices == 3
assert new BigDecimal(json.fees.notified.toString()).compareTo(new BigDecimal('200.50')) == 0
assert new BigDecimal(json.fees.collected.toString()).compareTo(new BigDecimal('120.50')) == 0

// —— the page: the same number in the cell of each address, under the format's headings ——
def page = read(portal, 'reports/2026/fin/index.html')
expected.each { address, value ->
    def m = page =~ /<td[^>]*data-cell="${java.util.regex.Pattern.quote(address)}"[^>]*>([^<]*)<\/td>/
    assert m.find() : "no cell $address on the page"
    assert new BigDecimal(m.group(1)).compareTo(new BigDecimal(value.toString())) == 0 : "$address: ${m.group(1)} on the page"
}
def cell = { String address -> (page =~ /<td([^>]*)data-cell="${java.util.regex.Pattern.quote(address)}"/)[0][1] }
assert cell('applications/fee-unpaid/legal-service').contains(
        'headers="rpt-applications-results rpt-applications-other rpt-applications-row-fee-unpaid rpt-applications-applicants rpt-applications-organizations rpt-applications-col-legal-service"')
['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
 '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].inject(-1) { at, h ->
    def i = page.indexOf("\">$h</h2>")
    assert i > at : "$h missing or out of order"
    i
}
[
    '<td colspan="3" rowspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>',
    'scope="col" colspan="7">申请人情况</th>', 'scope="col" rowspan="2">自然人</th>', 'scope="col" colspan="5">法人或其他组织</th>',
    'scope="col">商业企业</th>', 'scope="col">科研机构</th>', 'scope="col">社会公益组织</th>', 'scope="col">法律服务机构</th>',
    'scope="col" rowspan="2">总计</th>',
    'scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>', 'scope="row" colspan="3">二、上年结转政府信息公开申请数量</th>',
    'scope="rowgroup" rowspan="22" class="group">三、本年度办理结果</th>',
    'scope="row" rowspan="8" class="group">（三）不予公开</th>', 'scope="row" rowspan="3" class="group">（四）无法提供</th>',
    'scope="row" rowspan="5" class="group">（五）不予处理</th>', 'scope="row" rowspan="3" class="group">（六）其他处理</th>',
    'scope="row" colspan="2">（七）总计</th>', 'scope="row" colspan="3">四、结转下年度继续办理</th>',
    'scope="col" colspan="5">行政复议</th>', 'scope="col" colspan="10">行政诉讼</th>',
    'scope="col" colspan="5">未经复议直接起诉</th>', 'scope="col" colspan="5">复议后起诉</th>',
    'colspan="4" class="group">第二十条第（一）项</th>', 'colspan="4" class="group">第二十条第（五）项</th>',
    'colspan="4" class="group">第二十条第（六）项</th>', 'colspan="4" class="group">第二十条第（八）项</th>',
    'scope="col" colspan="3">本年收费金额（单位：万元）</th>',
    '2026年共发出收费通知3件，收费通知总金额200.50元；实际收取信息处理费总金额120.50元。',
    '<strong>推进财政信息公开</strong>', '更正说明', '更正了总体情况中的文字。',
].each { assert page.contains(it) : "the page lacks $it" }
assert !page.contains('notice-draft')

// —— the CSV: a byte order mark, a header, one line per cell and the three fees ——
def csvBytes = new File(portal, 'reports/2026/fin.csv').bytes
assert csvBytes[0..2] == [(byte) 0xEF, (byte) 0xBB, (byte) 0xBF]
def csv = new String(csvBytes, 'UTF-8').substring(1).split('\r\n') as List
assert csv[0] == '表,行,列,数值'
assert csv.size() == 1 + expected.size() + 3
assert csv.contains('三、收到和处理政府信息公开申请情况,三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益,申请人情况 / 法人或其他组织 / 商业企业,1')
assert csv.contains('二、主动公开政府信息情况,第二十条第（八）项 / 行政事业性收费,本年收费金额（单位：万元）,12.35')
assert csv.contains('四、政府信息公开行政复议、行政诉讼情况,行政复议,总计,4')
assert csv.contains('六、其他需要报告的事项,政府信息公开信息处理费,实际收取总金额（元）,120.50')

// —— the 本级政府's report counts every organ: 11 + gov's one application, 4 + gov's one 复议 ——
def county = new JsonSlurper().parse(new File(portal, 'reports/2026/gov.json'), 'UTF-8')
assert county.title == '测试县人民政府2026年政府信息公开工作年度报告'
assert county.scope == 'county'
assert county.cells['applications/new/total'].value == 12
assert county.cells['appeals/review/total'].value == 5
assert county.cells['proactive/normative-documents/made'].value == 4

// —— the index, the sitemap and the links to the index ——
def index = read(portal, 'reports/index.html')
['2026年度', '测试县人民政府2026年政府信息公开工作年度报告', '测试县财政局2026年政府信息公开工作年度报告', '2025年度',
 '测试县财政局2025年政府信息公开工作年度报告'].inject(-1) { at, s ->
    def i = index.indexOf(s)
    assert i > at : "$s missing or out of order in the index"
    i
}
def sitemap = read(portal, 'sitemap.xml')
['reports/', 'reports/2026/fin/', 'reports/2026/gov/', 'reports/2025/fin/'].each {
    assert sitemap.contains("<loc>https://gk.test.example/$it</loc>") : "sitemap lacks $it"
}
def category = read(portal, 'catalog/gongkai-nianbao/index.html')   // reports: true in catalog.yaml
assert category.contains('class="reports-link"><a href="../../reports/index.html"')
assert category.contains('<a href="../../reports/2026/fin/index.html">测试县财政局2026年政府信息公开工作年度报告</a>')
assert !read(portal, 'catalog/budget/index.html').contains('reports-link')
assert read(portal, 'guide/index.html').contains('href="../reports/index.html"')

// —— the draft: only in the internal build; no register text anywhere public; the same bytes twice ——
assert !new File(portal, 'reports/2026/vil').exists() && !new File(portal, 'reports/2026/vil.json').exists()
assert read(internal, 'reports/2026/vil/index.html').contains('notice-draft')
def all = []
portal.eachFileRecurse { if (it.isFile()) all << it }
assert all.size() > 50
all.each { f ->
    def text = f.getText('UTF-8')
    ['DRAFTREPORTMARK', 'REQUESTTEXTMARK', 'EXTENSIONMARK', '河东村村民委员会2026年政府信息公开工作年度报告'].each {
        assert !text.contains(it) : "$it in $f"
    }
}
def again = new File(basedir, 'target/portal-again')
['reports/index.html', 'reports/2026/fin/index.html', 'reports/2026/fin.json', 'reports/2026/fin.csv'].each {
    assert new File(portal, it).bytes == new File(again, it).bytes : "$it differs between two builds"
}
return true
