#!/usr/bin/env python3
"""Generates a large, valid Gongkai content folder for benchmarks.

Usage: bench/generate-site.py N OUTDIR [--from content]

Takes site.yaml and catalog.yaml from the demo content (organs, codes, categories) and writes N items spread over
organs, categories and the years 2019-2026, with bodies of realistic length (some with tables). Deterministic: the
same N gives the same files.
"""
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

PHRASES = [
    "为进一步规范", "行政事业性收费管理", "切实保障群众合法权益", "根据《中华人民共和国政府信息公开条例》",
    "结合本县实际", "现将有关事项通知如下", "各乡镇人民政府", "县直各部门", "认真贯彻落实", "乡村振兴战略",
    "持续优化营商环境", "加强财政预算管理", "义务教育阶段学生资助", "基本公共卫生服务", "城乡居民医疗保险",
    "安全生产监督检查", "生态环境保护", "农村人居环境整治", "村集体经济组织", "一事一议财政奖补",
    "高标准农田建设", "防汛抗旱应急预案", "公共资源交易", "政府集中采购目录", "重大建设项目批准和实施",
    "就业创业补贴", "困难群众救助", "城乡低保", "特困人员供养", "残疾人两项补贴", "耕地地力保护补贴",
    "公示期内如有异议", "请向县政务公开办反映", "联系电话", "特此通知", "本办法自发布之日起施行",
]
TITLES = ["关于{}的通知", "{}实施方案", "关于印发{}的通知", "{}工作情况报告", "关于{}的公告", "{}公示", "{}政策解读"]
GENRES = ["notice", "plan", "notice", "report", "announcement", "publicity", "interpretation"]


def categories(catalog_text):
    cats = []
    current = None
    for line in catalog_text.splitlines():
        m = re.match(r"\s*- id:\s*(\S+)", line)
        if m:
            current = {"id": m.group(1), "applies": None}
            cats.append(current)
            continue
        m = re.match(r"\s*applies-to:\s*\[(.*)\]", line)
        if m and current:
            current["applies"] = [s.strip() for s in m.group(1).split(",")]
    return cats


def organs(site_text):
    out = []
    for block in re.split(r"\n\s*- id:", site_text.split("organs:", 1)[1])[1:]:
        oid = block.split("\n", 1)[0].strip()
        code = re.search(r'code:\s*"?([0-9A-Z]{18})"?', block).group(1)
        otype = re.search(r"type:\s*(\w+)", block).group(1)
        out.append({"id": oid, "code": code, "type": otype})
    return out


def body(rng, i):
    paras = []
    for _ in range(rng.randint(3, 7)):
        paras.append("，".join(rng.choice(PHRASES) for _ in range(rng.randint(4, 9))) + "。")
    if i % 5 == 0:
        rows = "\n".join("| {} | {:,.2f} |".format(rng.choice(PHRASES), rng.uniform(1, 9999)) for _ in range(5))
        paras.append("| 项目 | 金额（万元） |\n|---|---:|\n" + rows)
    return "\n\n".join(paras) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    out = sys.argv[2]
    src = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--from" else os.path.join(os.path.dirname(__file__), "..", "content")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    site_text = open(os.path.join(src, "site.yaml"), encoding="utf-8").read()
    catalog_text = open(os.path.join(src, "catalog.yaml"), encoding="utf-8").read()
    shutil.copy(os.path.join(src, "site.yaml"), out)
    shutil.copy(os.path.join(src, "catalog.yaml"), out)
    # The footer marks' images that site.yaml names (a build refuses a mark whose image is missing).
    marks = os.path.join(src, "attachments", "marks")
    if os.path.isdir(marks):
        shutil.copytree(marks, os.path.join(out, "attachments", "marks"))
    orgs = organs(site_text)
    cats = categories(catalog_text)
    rng = random.Random(20260101)
    seq = {}
    for i in range(n):
        organ = orgs[i % len(orgs)]
        usable = [c for c in cats if c["applies"] is None or organ["type"] in c["applies"]]
        cat = usable[rng.randrange(len(usable))]
        written = date(2019, 1, 2) + timedelta(days=rng.randrange(365 * 7 + 300))
        published = written + timedelta(days=rng.randint(0, 3))
        key = (organ["id"], written.year)
        seq[key] = seq.get(key, 0) + 1
        k = rng.randrange(len(TITLES))
        topic = "".join(rng.choice(PHRASES) for _ in range(2))
        title = TITLES[k].format(topic) + "（第{}号）".format(i + 1)
        slug = "item-{:06d}".format(i + 1)
        folder = os.path.join(out, "items", organ["id"], str(written.year))
        os.makedirs(folder, exist_ok=True)
        fm = [
            "title: " + title,
            "organ: " + organ["id"],
            "category: " + cat["id"],
            "written: " + written.isoformat(),
            "published: " + published.isoformat(),
            "index: {}/{}-{:05d}".format(organ["code"], written.year, seq[key]),
            "doc-number: 示政发〔{}〕{}号".format(written.year, seq[key]),
            "genre: " + GENRES[k],
            "keywords: [{}, {}]".format(rng.choice(PHRASES), rng.choice(PHRASES)),
            "summary: " + rng.choice(PHRASES) + "，" + rng.choice(PHRASES) + "。",
        ]
        with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as f:
            f.write("---\n" + "\n".join(fm) + "\n---\n" + body(rng, i))
    print("wrote {} items to {}".format(n, out))


if __name__ == "__main__":
    main()
