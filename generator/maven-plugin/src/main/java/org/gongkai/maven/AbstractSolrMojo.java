package org.gongkai.maven;

import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.gongkai.solr.SolrConnection;

/**
 * Where the SolrCloud collection is, and the indexer's credentials: from a {@code <server>} of Maven's settings.xml
 * ({@code solrServerId}, its password may be encrypted with {@code mvn --encrypt-password}), or from the environment
 * ({@code GONGKAI_SOLR_USER}, {@code GONGKAI_SOLR_PASSWORD}); never from the repository's files.
 */
abstract class AbstractSolrMojo extends AbstractGongkaiMojo {
    static final String ENV_USER = "GONGKAI_SOLR_USER";
    static final String ENV_PASSWORD = "GONGKAI_SOLR_PASSWORD";

    /** ZooKeeper hosts of the SolrCloud cluster, with the chroot: {@code zk1:2181,zk2:2181,zk3:2181/solr}. */
    @Parameter(property = "gongkai.solrZkHost")
    String solrZkHost;

    /** Or Solr URLs: {@code https://solr1.example:8983/solr,https://solr2.example:8983/solr}. */
    @Parameter(property = "gongkai.solrUrl")
    String solrUrl;

    /** The collection (created with the configset of gongkai:solr-configset). */
    @Parameter(property = "gongkai.solrCollection", defaultValue = "gongkai")
    String solrCollection;

    /** The id of a {@code <server>} in settings.xml holding the indexer's user and password. */
    @Parameter(property = "gongkai.solrServerId")
    String solrServerId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    /** The process's environment; a test gives its own (a seam, not a setting). */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    boolean solrConfigured() {
        return !blank(solrZkHost) || !blank(solrUrl);
    }

    SolrConnection connection() throws MojoExecutionException {
        if (blank(solrZkHost) == blank(solrUrl)) {
            throw new MojoExecutionException("请给出 SolrCloud 的 ZooKeeper 地址（-Dgongkai.solrZkHost=zk1:2181,zk2:2181/solr）或 Solr 地址"
                    + "（-Dgongkai.solrUrl=https://solr1:8983/solr），二者选一 (give gongkai.solrZkHost or gongkai.solrUrl, one of them)");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (!blank(solrServerId)) {
            Server server = settings == null ? null : settings.getServer(solrServerId);
            if (server == null) {
                throw new MojoExecutionException("settings.xml 中没有 id 为“" + solrServerId + "”的 <server> (no <server> with id '"
                        + solrServerId + "' in settings.xml)");
            }
            SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem p : r.getProblems()) {
                if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("settings.xml 中 <server> " + solrServerId + " 的密码无法解密：" + p.getMessage());
                }
            }
            Server s = r.getServer();
            user = Optional.ofNullable(s.getUsername()).filter(x -> !x.isBlank());
            password = Optional.ofNullable(s.getPassword()).filter(x -> !x.isBlank());
        } else if (!blank(environment.apply(ENV_USER))) {
            user = Optional.of(environment.apply(ENV_USER));
            password = Optional.ofNullable(environment.apply(ENV_PASSWORD)).filter(x -> !x.isBlank());
        }
        if (user.isPresent() != password.isPresent()) {
            throw new MojoExecutionException("SolrCloud 的用户名和密码要同时给出 (give both the Solr user and its password): "
                    + (blank(solrServerId) ? ENV_USER + " / " + ENV_PASSWORD : "settings.xml <server> " + solrServerId));
        }
        return blank(solrZkHost) ? SolrConnection.urls(solrUrl, user, password) : SolrConnection.zk(solrZkHost, user, password);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
