package org.gongkai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;
import org.apache.maven.plugin.MojoFailureException;
import org.gongkai.core.load.OrganCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai:check-links fails on a broken link (404) and never on a link it could not check (nothing listening),
 * and writes links.json either way.
 */
class CheckLinksMojoTest {
    @TempDir
    Path tmp;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", x -> {
            try (x) {
                x.sendResponseHeaders(x.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CheckLinksMojo mojo(String body) throws IOException {
        String code = "11539901MB0000001" + OrganCode.checkCharacter("11539901MB0000001");
        Path content = tmp.resolve("content");
        write(content.resolve("site.yaml"), "name: 测试县\nbase-url: https://gk.test.example/\norgans:\n"
                + "  - {id: gov, name: 测试县人民政府办公室, code: \"" + code + "\", type: government}\n");
        write(content.resolve("catalog.yaml"), "categories:\n  - {id: notice, name: 通知公告}\n");
        write(content.resolve("items/gov/2026/links.md"), "---\ntitle: 链接\norgan: gov\ncategory: notice\n"
                + "written: 2026-03-02\npublished: 2026-03-03\n---\n" + body);
        CheckLinksMojo m = new CheckLinksMojo();
        m.contentDirectory = content.toFile();
        m.basedir = tmp.toFile();
        m.buildDirectory = tmp.resolve("target").toFile();
        m.linksFile = tmp.resolve("target/gongkai/links.json").toFile();
        m.now = "2026-06-01";
        m.audience = "public";
        m.linkTimeout = 1;
        m.linkParallel = 2;
        m.linkPerHost = 1;
        m.failOnBrokenLinks = true;
        return m;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aBrokenLinkFailsTheGoal() throws IOException {
        CheckLinksMojo m = mojo("[好](" + base() + "/ok) [缺](" + base() + "/missing)\n");
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("1");
        String json = Files.readString(m.linksFile.toPath());
        assertThat(json).contains("\"checked\": 2", "\"broken\": 1", "\"status\": 404", "\"line\": 8");
    }

    @Test
    void aLinkThatCouldNotBeCheckedFailsNothing() throws IOException {
        int dead;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            dead = s.getLocalPort();
        }
        CheckLinksMojo m = mojo("[不通](http://127.0.0.1:" + dead + "/x)\n");
        assertThatCode(m::execute).doesNotThrowAnyException();
        assertThat(new File(m.linksFile.getPath())).exists();
        assertThat(Files.readString(m.linksFile.toPath())).contains("\"unchecked\": 1", "\"reason\": \"unreachable\"");
    }
}
