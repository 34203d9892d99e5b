// Two builds of the same content and "now" are byte-identical.
def first = new File(basedir, 'target/first')
def second = new File(basedir, 'target/second')
def files = { File root -> def l = []; root.eachFileRecurse { if (it.isFile()) l << root.toPath().relativize(it.toPath()).toString() }; l.sort() }
def a = files(first)
assert a == files(second)
assert a.size() > 20
a.each { assert new File(first, it).bytes == new File(second, it).bytes : "$it differs between the two builds" }
return true
