package org.gongkai.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import org.gongkai.core.model.BuildMode;

/**
 * A small site written into a temp folder for one test: a valid site.yaml with three organs, a small catalog,
 * and whatever items the test adds. Builds with the real default theme.
 */
public final class FixtureSite {
    public static final String GOV_CODE = "11539901MB0000001" + org.gongkai.core.load.OrganCode.checkCharacter("11539901MB0000001");
    public static final String FIN_CODE = "11539901MB0000002" + org.gongkai.core.load.OrganCode.checkCharacter("11539901MB0000002");
    public static final String VIL_CODE = "54539901MB0000003" + org.gongkai.core.load.OrganCode.checkCharacter("54539901MB0000003");
    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T12:00:00+08:00");

    public static final String SITE_YAML = """
            name: 测试县人民政府信息公开
            short-name: 测试县
            base-url: https://gk.test.example/
            language: zh-Hans
            site-id-code: "0000000001"
            contact:
              office: 测试县政务公开办
              address: 测试县人民路1号
              phone: 0870-0000001
              supervision-phone: 0870-0000002
            holidays:
              "2026":
                holidays: [2026-01-01, 2026-05-01, 2026-05-04, 2026-05-05]
                workdays: [2026-05-09]
            organs:
              - id: gov
                name: 测试县人民政府办公室
                code: "%s"
                type: government
              - id: fin
                name: 测试县财政局
                code: "%s"
                type: department
                parent: gov
              - id: vil
                name: 河东村村民委员会
                code: "%s"
                type: village
            """.formatted(GOV_CODE, FIN_CODE, VIL_CODE);

    public static final String CATALOG_YAML = """
            categories:
              - id: policy
                name: 政策文件
                children:
                  - id: regulation
                    name: 规范性文件
                    article: 条例第二十条第（一）项
                    cadence: on-change
                  - id: interpretation
                    name: 政策解读
              - id: budget
                name: 财政预决算
                cadence: annual
                applies-to: [government, department]
              - id: village
                name: 村务公开
                cadence: quarterly
                deadline: 5
            """;

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** A site with site.yaml and catalog.yaml under {@code dir}/content. */
    public static FixtureSite in(Path dir) {
        FixtureSite s = new FixtureSite(dir);
        s.write("content/site.yaml", SITE_YAML);
        s.write("content/catalog.yaml", CATALOG_YAML);
        return s;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("out/portal");
    }

    public static Path theme() {
        String p = System.getProperty("gongkai.theme");
        Path theme = p != null ? Path.of(p) : Path.of("../../themes/default");
        if (!Files.isDirectory(theme.resolve("templates"))) {
            throw new IllegalStateException("default theme not found at " + theme.toAbsolutePath());
        }
        return theme;
    }

    /** A copy of the default theme at {@code to}, for a test that changes a template or an asset. */
    public static Path copyOfTheme(Path to) {
        Path from = theme();
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public FixtureSite write(String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An item under content/items/ with the given front-matter lines and body. */
    public FixtureSite item(String rel, String frontMatter, String body) {
        return write("content/items/" + rel, "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    public Gongkai.Builder engine() {
        return Gongkai.builder().contentDir(content()).themeDir(theme()).outputDir(output()).now(NOW);
    }

    public BuildResult build() {
        return engine().build().build();
    }

    public BuildResult build(BuildMode mode, Path out) {
        return engine().mode(mode).outputDir(out).build().build();
    }

    public String read(String outputRel) {
        try {
            return Files.readString(output().resolve(outputRel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names beside the output folder, with a version folder's random id replaced by VERSION. */
    public java.util.List<String> besideOutput() {
        try (Stream<Path> s = Files.list(output().getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .map(n -> n.matches("\\.portal\\.v-[0-9a-z]+") ? "VERSION" : n).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of an output folder by its relative path ('/'-separated), with the SHA-256 of its bytes. */
    public static java.util.SortedMap<String, String> digests(Path dir) {
        java.util.SortedMap<String, String> m = new java.util.TreeMap<>();
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files(dir)) {
                m.put(dir.relativize(f).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /**
     * Every file of an output folder, as paths under {@code dir}. The output path is a symlink to the live version
     * (see OutputTree), and Files.walk does not follow a symlink it starts at unless told to.
     */
    public static java.util.List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
