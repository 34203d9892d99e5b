package org.gongkai.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.gongkai.solr.SolrConfigset;
import org.gongkai.solr.SolrConnection;

/**
 * Writes the SolrCloud configset shipped with the plugin into {@code target/solr-configset/} (for
 * {@code bin/solr zk upconfig}); with {@code -Dgongkai.solrUpload=true} uploads it through the Configsets API under
 * the collection's name, and with {@code -Dgongkai.solrCreate=true} also creates the collection when it does not
 * exist ({@code solrShards} × {@code solrReplicas}).
 */
@Mojo(name = "solr-configset", threadSafe = true, requiresProject = false)
public class SolrConfigsetMojo extends AbstractSolrMojo {

    @Parameter(property = "gongkai.solrConfigsetDirectory", defaultValue = "${project.build.directory}/solr-configset")
    File configsetDirectory;

    @Parameter(property = "gongkai.solrUpload", defaultValue = "false")
    boolean solrUpload;

    @Parameter(property = "gongkai.solrCreate", defaultValue = "false")
    boolean solrCreate;

    @Parameter(property = "gongkai.solrShards", defaultValue = "2")
    int solrShards;

    @Parameter(property = "gongkai.solrReplicas", defaultValue = "2")
    int solrReplicas;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            return;
        }
        try {
            SolrConfigset.writeTo(configsetDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("配置集写入失败：" + e.getMessage(), e);
        }
        getLog().info("SolrCloud 配置集（configset）已写出：" + configsetDirectory + "（" + String.join("、", SolrConfigset.FILES) + "）");
        if (!solrUpload && !solrCreate) {
            return;
        }
        SolrConnection connection = connection();
        String doing = "上传配置集 " + solrCollection;
        try (SolrClient client = connection.open()) {
            if (solrUpload) {
                SolrConfigset.upload(client, solrCollection);
                getLog().info("配置集已上传为 " + solrCollection);
            }
            if (solrCreate) {
                doing = "创建集合 " + solrCollection;
                if (SolrConfigset.createCollection(client, solrCollection, solrShards, solrReplicas)) {
                    getLog().info("集合 " + solrCollection + " 已创建：" + solrShards + " 个分片 × " + solrReplicas + " 个副本");
                } else {
                    getLog().info("集合 " + solrCollection + " 已存在，未重新创建");
                }
            }
        } catch (IOException | SolrServerException | RuntimeException e) {
            throw new MojoExecutionException(connection.failure(doing, e), e);
        }
    }
}
