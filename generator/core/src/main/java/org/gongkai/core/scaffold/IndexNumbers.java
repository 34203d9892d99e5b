package org.gongkai.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.gongkai.core.check.IndexPattern;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.load.FrontMatterValues;
import org.gongkai.core.load.LookAlikes;

/**
 * The 索引号 already taken: by the items of the work tree, and by the items of any commit (a branch, main, a
 * remote's branch) read straight from git objects. {@code gongkai:new} takes the number after all of them;
 * {@code gongkai:review} finds a number that the base branch took after the pull request's branch was made.
 */
public final class IndexNumbers {
    /** An item file's front-matter is at the top; a file larger than this is not read for its 索引号. */
    static final long MAX_BLOB = 1 << 20;

    /** One 索引号 in use: the item's organ id, the number, its file under content/, and where it was seen. */
    public record Use(String organ, String index, String file, String where) {
        public String normalized() {
            return LookAlikes.normalized(index);
        }
    }

    private final Map<ObjectId, Optional<String[]>> read = new HashMap<>();

    public static List<Use> of(Collection<Item> items, String where) {
        return items.stream().filter(i -> !i.index().isBlank())
                .map(i -> new Use(i.organ(), i.index(), i.file(), where)).toList();
    }

    /**
     * The 索引号 of every item file ({@code items/**.md}) under {@code prefix} in a commit's tree. Files seen in an
     * earlier call are not parsed again (branches share most of their files).
     */
    public List<Use> inTree(Repository repo, RevTree tree, String prefix, String where) throws IOException {
        List<Use> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            tw.setFilter(PathFilter.create(prefix + "items"));
            while (tw.next()) {
                String path = tw.getPathString();
                if (!path.endsWith(".md") || !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)
                        && !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE)) {
                    continue;
                }
                ObjectId id = tw.getObjectId(0);
                Optional<String[]> organAndIndex = read.get(id);
                if (organAndIndex == null) {
                    organAndIndex = parse(repo, id);
                    read.put(id, organAndIndex);
                }
                organAndIndex.ifPresent(v -> out.add(new Use(v[0], v[1], path.substring(prefix.length()), where)));
            }
        }
        return out;
    }

    private static Optional<String[]> parse(Repository repo, ObjectId id) throws IOException {
        ObjectLoader loader = repo.open(id);
        if (loader.getSize() > MAX_BLOB) {
            return Optional.empty();
        }
        String text = new String(loader.getBytes(), StandardCharsets.UTF_8);
        return FrontMatterValues.read(text).flatMap(p -> {
            Object index = p.values().get("index");
            Object organ = p.values().get("organ");
            if (!(index instanceof String i) || i.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {organ instanceof String o ? o.strip() : "", i.strip()});
        });
    }

    /** One more than the highest sequence number the organ used in that year, over every use given. */
    public static int nextSeq(Collection<Use> uses, String pattern, Organ organ, int year) {
        Pattern p = IndexPattern.compile(pattern);
        int max = 0;
        for (Use u : uses) {
            Matcher m = p.matcher(u.index());
            if (!u.organ().equals(organ.id()) || !m.matches() || !IndexPattern.matches(p, u.index(), organ)) {
                continue;
            }
            boolean sameYear;
            try {
                sameYear = Integer.parseInt(m.group("year")) == year;
            } catch (IllegalArgumentException noYearGroup) {
                sameYear = true;
            }
            if (sameYear) {
                max = Math.max(max, Integer.parseInt(m.group("seq")));
            }
        }
        return max + 1;
    }

    /** The year an 索引号 names (its {year} part), empty when the pattern has none or it does not match. */
    public static Optional<Integer> year(String pattern, String index) {
        Matcher m = IndexPattern.compile(pattern).matcher(index);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group("year")));
        } catch (IllegalArgumentException noYearGroup) {
            return Optional.empty();
        }
    }
}
