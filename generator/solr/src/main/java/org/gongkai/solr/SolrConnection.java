package org.gongkai.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Where the collection is and who the indexer is: ZooKeeper hosts ({@code zk1:2181,zk2:2181/solr}, the chroot after
 * the first '/') or Solr URLs ({@code https://solr1:8983/solr,…}), and optional basic-auth credentials, which come
 * from Maven's settings.xml (a server id) or the environment, never from the repository.
 */
public record SolrConnection(List<String> zkHosts, Optional<String> zkChroot, List<String> solrUrls,
                             Optional<String> user, Optional<String> password) {
    public SolrConnection {
        zkHosts = List.copyOf(zkHosts);
        solrUrls = List.copyOf(solrUrls);
        if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
            throw new IllegalArgumentException("give either ZooKeeper hosts or Solr URLs");
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("give both a user and a password, or neither");
        }
    }

    /** {@code zk1:2181,zk2:2181/solr} → hosts and chroot. */
    public static SolrConnection zk(String hosts, Optional<String> user, Optional<String> password) {
        String h = hosts.strip();
        int slash = h.indexOf('/');
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(h.substring(slash));
        String list = slash < 0 ? h : h.substring(0, slash);
        return new SolrConnection(split(list), chroot, List.of(), user, password);
    }

    public static SolrConnection urls(String urls, Optional<String> user, Optional<String> password) {
        return new SolrConnection(List.of(), Optional.empty(), split(urls), user, password);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** A SolrCloud client (updates go to the shard leaders); the caller closes it. */
    public SolrClient open() {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withRequestTimeout(120, TimeUnit.SECONDS);
        if (user.isPresent()) {
            http.withBasicAuthCredentials(user.get(), password.get());
        }
        CloudHttp2SolrClient.Builder b = zkHosts.isEmpty() ? new CloudHttp2SolrClient.Builder(solrUrls)
                : new CloudHttp2SolrClient.Builder(zkHosts, zkChroot);
        return b.withInternalClientBuilder(http).build();
    }

    /**
     * A failed request as the publisher reads it, Chinese first: what failed and where, then why: the cluster
     * refused the credentials (HTTP 401), or the user lacks the permission (HTTP 403), or Solr's own message.
     * Never the password, even where a message would echo it.
     */
    public String failure(String doing, Throwable e) {
        String who = user.map(u -> "用户“" + u + "”").orElse("未给出用户（匿名）");
        String why = switch (status(e)) {
            case 401 -> "身份验证未通过（HTTP 401）：" + who + "的用户名或密码不对或没有给出，请检查 settings.xml 的 <server>"
                    + "（gongkai.solrServerId）或环境变量 GONGKAI_SOLR_USER / GONGKAI_SOLR_PASSWORD"
                    + " (Solr refused the credentials: check the user and the password)";
            case 403 -> "权限不足（HTTP 403）：" + who + "没有这项操作的权限，请在 security.json 中为其角色授予所需权限"
                    + "（发送：update、read、config-edit；上传配置集、建集合：config-edit、collection-admin-edit）"
                    + " (the user lacks the permission for this request)";
            default -> String.valueOf(e.getMessage());
        };
        String message = doing + "失败（" + describe() + "）：" + why;
        return password.filter(p -> !p.isEmpty()).map(p -> message.replace(p, "******")).orElse(message);
    }

    /** The HTTP status Solr answered with, from the exception or its causes; 0 when there is none. */
    static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.solr.common.SolrException se && (se.code() == 401 || se.code() == 403)) {
                return se.code();
            }
        }
        return 0;
    }

    /** For messages: where, never the password. */
    public String describe() {
        return zkHosts.isEmpty() ? String.join(",", solrUrls) : "zk " + String.join(",", zkHosts) + zkChroot.orElse("");
    }
}
