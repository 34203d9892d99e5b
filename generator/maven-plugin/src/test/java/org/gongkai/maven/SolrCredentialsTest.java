package org.gongkai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.apache.solr.common.SolrException;
import org.gongkai.solr.SolrConnection;
import org.junit.jupiter.api.Test;

/**
 * Where gongkai:solr-index and gongkai:solr-configset find the cluster and the indexer's credentials: a settings.xml
 * {@code <server>} (decrypted by Maven) or the environment (GONGKAI_SOLR_USER / GONGKAI_SOLR_PASSWORD, given to the
 * Mojo through its environment seam), never the pom; the messages a publisher sees when something is missing, and
 * never the password in them.
 */
class SolrCredentialsTest {

    static SolrIndexMojo mojo(Settings settings, List<SettingsProblem> problems) {
        SolrIndexMojo m = new SolrIndexMojo();
        m.settings = settings;
        // what Maven's decrypter returns for a password that is not encrypted (or after decrypting it)
        m.decrypter = r -> new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return r.getServers().isEmpty() ? null : r.getServers().get(0);
            }

            @Override
            public List<Server> getServers() {
                return r.getServers();
            }

            @Override
            public Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return r.getProxies();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
        m.solrCollection = "gongkai";
        m.audience = "public";
        // no GONGKAI_SOLR_* unless a test gives them: the machine's own environment does not leak in
        m.environment = Map.<String, String>of()::get;
        return m;
    }

    static Settings settingsWith(String id, String user, String password) {
        Server s = new Server();
        s.setId(id);
        s.setUsername(user);
        s.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(s);
        return settings;
    }

    @Test
    void theCredentialsComeFromTheSettingsServer() throws Exception {
        SolrIndexMojo m = mojo(settingsWith("gongkai-solr", "indexer", "s3cret-pw"), List.of());
        m.solrZkHost = "zk1:2181,zk2:2181/solr";
        m.solrServerId = "gongkai-solr";
        SolrConnection c = m.connection();
        assertThat(c.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
        assertThat(c.zkChroot()).contains("/solr");
        assertThat(c.user()).contains("indexer");
        assertThat(c.password()).contains("s3cret-pw");
        // what the messages name: where, never the password
        assertThat(c.describe()).isEqualTo("zk zk1:2181,zk2:2181/solr").doesNotContain("s3cret-pw");
    }

    @Test
    void solrUrlsWithoutCredentials() throws Exception {
        SolrIndexMojo m = mojo(new Settings(), List.of());
        m.solrUrl = "https://solr1.example:8983/solr, https://solr2.example:8983/solr";
        SolrConnection c = m.connection();
        assertThat(c.solrUrls()).containsExactly("https://solr1.example:8983/solr", "https://solr2.example:8983/solr");
        // no server id and no GONGKAI_SOLR_USER: anonymous
        assertThat(c.user()).isEmpty();
        assertThat(c.password()).isEmpty();
    }

    @Test
    void withoutAServerIdTheCredentialsComeFromTheEnvironment() throws Exception {
        SolrIndexMojo m = mojo(new Settings(), List.of());
        m.solrZkHost = "zk1:2181/solr";
        m.environment = Map.of(AbstractSolrMojo.ENV_USER, "ci-indexer", AbstractSolrMojo.ENV_PASSWORD, "env-s3cret")::get;
        SolrConnection c = m.connection();
        assertThat(c.user()).contains("ci-indexer");
        assertThat(c.password()).contains("env-s3cret");
        assertThat(c.describe()).isEqualTo("zk zk1:2181/solr");
        // what a refused request says: Chinese first, the user and where, never the password (even when Solr's own
        // message would carry it)
        String refused = c.failure("发送到 SolrCloud 集合 gongkai",
                new SolrException(SolrException.ErrorCode.UNAUTHORIZED, "Bad credentials for ci-indexer:env-s3cret"));
        assertThat(refused).startsWith("发送到 SolrCloud 集合 gongkai失败（zk zk1:2181/solr）：身份验证未通过（HTTP 401）：用户“ci-indexer”")
                .contains("GONGKAI_SOLR_USER").doesNotContain("env-s3cret");
        String forbidden = c.failure("上传配置集 gongkai", new SolrException(SolrException.ErrorCode.FORBIDDEN, "Unauthorized request"));
        assertThat(forbidden).contains("权限不足（HTTP 403）").contains("collection-admin-edit").doesNotContain("env-s3cret");
        String other = c.failure("发送到 SolrCloud 集合 gongkai", new java.io.IOException("connection refused by env-s3cret-host"));
        assertThat(other).endsWith("：connection refused by ******-host");
    }

    @Test
    void aServerIdWinsOverTheEnvironment() throws Exception {
        SolrIndexMojo m = mojo(settingsWith("gongkai-solr", "indexer", "s3cret-pw"), List.of());
        m.solrUrl = "https://solr1.example:8983/solr";
        m.solrServerId = "gongkai-solr";
        m.environment = Map.of(AbstractSolrMojo.ENV_USER, "ci-indexer", AbstractSolrMojo.ENV_PASSWORD, "env-s3cret")::get;
        SolrConnection c = m.connection();
        assertThat(c.user()).contains("indexer");
        assertThat(c.password()).contains("s3cret-pw");
    }

    @Test
    void anEnvironmentUserWithoutAPasswordIsRefused() {
        SolrIndexMojo m = mojo(new Settings(), List.of());
        m.solrUrl = "https://solr1.example:8983/solr";
        m.environment = Map.of(AbstractSolrMojo.ENV_USER, "ci-indexer", AbstractSolrMojo.ENV_PASSWORD, " ")::get;
        assertThatThrownBy(m::connection).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("SolrCloud 的用户名和密码要同时给出").hasMessageContaining("GONGKAI_SOLR_USER / GONGKAI_SOLR_PASSWORD");
    }

    @Test
    void aMissingServerIsNamed() {
        SolrIndexMojo m = mojo(new Settings(), List.of());
        m.solrUrl = "https://solr1.example:8983/solr";
        m.solrServerId = "gongkai-solr";
        assertThatThrownBy(m::connection).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("settings.xml 中没有 id 为“gongkai-solr”的 <server>");
    }

    @Test
    void aUserWithoutAPasswordIsRefused() {
        SolrIndexMojo m = mojo(settingsWith("gongkai-solr", "indexer", null), List.of());
        m.solrUrl = "https://solr1.example:8983/solr";
        m.solrServerId = "gongkai-solr";
        assertThatThrownBy(m::connection).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("用户名和密码要同时给出").hasMessageContaining("settings.xml <server> gongkai-solr");
    }

    @Test
    void aPasswordThatCannotBeDecryptedStopsTheGoal() {
        SettingsProblem bad = new DefaultSettingsProblem("Failed to decrypt password for server gongkai-solr",
                SettingsProblem.Severity.ERROR, "server: gongkai-solr", -1, -1, null);
        SolrIndexMojo m = mojo(settingsWith("gongkai-solr", "indexer", "{garbled}"), List.of(bad));
        m.solrUrl = "https://solr1.example:8983/solr";
        m.solrServerId = "gongkai-solr";
        assertThatThrownBy(m::connection).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("的密码无法解密").hasMessageNotContaining("{garbled}");
    }

    @Test
    void oneOfZooKeeperOrSolrUrlsMustBeGiven() {
        SolrIndexMojo none = mojo(new Settings(), List.of());
        assertThatThrownBy(none::connection).hasMessageContaining("请给出 SolrCloud 的 ZooKeeper 地址");
        SolrIndexMojo both = mojo(new Settings(), List.of());
        both.solrZkHost = "zk1:2181";
        both.solrUrl = "https://solr1.example:8983/solr";
        assertThatThrownBy(both::connection).hasMessageContaining("二者选一");
    }

    @Test
    void anInternalBuildIsNeverSent() {
        SolrIndexMojo m = mojo(new Settings(), List.of());
        m.solrUrl = "https://solr1.example:8983/solr";
        m.audience = "internal";
        assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("只发送公开门户的信息");
    }
}
