package org.gongkai.core.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A table of a page as a reader sees it: parsed by an HTML5 parser (the Nu checker's), then laid out into a grid
 * of slots the way the HTML table model does, so that a cell spanning three rows is found in all three. Test code.
 */
final class TableGrid {
    private final Element table;
    private final List<List<Element>> slots = new ArrayList<>();

    private TableGrid(Element table) {
        this.table = table;
        List<Element> rows = new ArrayList<>();
        for (Element section : children(table)) {
            if (section.getLocalName().equals("tr")) {
                rows.add(section);
            }
            for (Element tr : children(section)) {
                if (tr.getLocalName().equals("tr")) {
                    rows.add(tr);
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : children(rows.get(r))) {
                if (!cell.getLocalName().equals("th") && !cell.getLocalName().equals("td")) {
                    continue;
                }
                while (at(r, col) != null) {
                    col++;
                }
                int rowspan = span(cell, "rowspan");
                int colspan = span(cell, "colspan");
                for (int i = 0; i < rowspan; i++) {
                    for (int j = 0; j < colspan; j++) {
                        put(r + i, col + j, cell);
                    }
                }
                col += colspan;
            }
        }
    }

    static Document parse(String html) throws Exception {
        return new HtmlDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static TableGrid of(Document page, String id) {
        Element table = page.getElementById(id);
        if (table == null) {
            NodeList all = page.getElementsByTagName("table");
            for (int i = 0; i < all.getLength(); i++) {
                if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                    table = (Element) all.item(i);
                }
            }
        }
        if (table == null) {
            throw new AssertionError("no table #" + id);
        }
        return new TableGrid(table);
    }

    Element table() {
        return table;
    }

    int rows() {
        return slots.size();
    }

    int columns(int row) {
        return slots.get(row).size();
    }

    Element at(int row, int col) {
        if (row >= slots.size() || col >= slots.get(row).size()) {
            return null;
        }
        return slots.get(row).get(col);
    }

    /** The text of every slot of a row: a spanning cell's text in each slot it covers. */
    List<String> texts(int row) {
        return slots.get(row).stream().map(TableGrid::text).toList();
    }

    /** The texts of the first {@code n} slots of each row from {@code from}: its row headings. */
    List<List<String>> rowHeadings(int from, int n) {
        List<List<String>> out = new ArrayList<>();
        for (int r = from; r < rows(); r++) {
            out.add(texts(r).subList(0, n));
        }
        return out;
    }

    /** The headings a data cell names in its headers attribute, by their text, in the order it names them. */
    List<String> headersOf(Element cell) {
        Map<String, Element> byId = new HashMap<>();
        NodeList ths = table.getElementsByTagName("th");
        for (int i = 0; i < ths.getLength(); i++) {
            Element th = (Element) ths.item(i);
            if (!th.getAttribute("id").isEmpty()) {
                byId.put(th.getAttribute("id"), th);
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : cell.getAttribute("headers").trim().split("\\s+")) {
            Element th = byId.get(id);
            if (th == null) {
                throw new AssertionError("headers names " + id + ", no th of the table has that id");
            }
            out.add(text(th));
        }
        return out;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private void put(int row, int col, Element cell) {
        while (slots.size() <= row) {
            slots.add(new ArrayList<>());
        }
        List<Element> r = slots.get(row);
        while (r.size() <= col) {
            r.add(null);
        }
        if (r.get(col) != null) {
            throw new AssertionError("two cells overlap at row " + row + ", column " + col);
        }
        r.set(col, cell);
    }

    private static int span(Element cell, String name) {
        String v = cell.getAttribute(name);
        return v.isEmpty() ? 1 : Integer.parseInt(v);
    }

    private static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
