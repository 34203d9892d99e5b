package org.gongkai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.gongkai.solr.SolrConnection;
import org.junit.jupiter.api.Test;

/**
 * Where gongkai:solr-index and gongkai:solr-configset find the cluster and the indexer's credentials: a settings.xml
 * {@code <server>} (decrypted by Maven), never the pom; the messages a publisher sees when something is missing, and
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
        // no GONGKAI_SOLR_USER in the test's environment: anonymous
        if (System.getenv(AbstractSolrMojo.ENV_USER) == null) {
            assertThat(c.user()).isEmpty();
        }
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
