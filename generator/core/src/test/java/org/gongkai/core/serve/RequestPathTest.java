package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestPathTest {

    @Test
    void mapsRequestPathsToSitePaths() throws Exception {
        assertThat(RequestPath.resolve("/")).isEmpty();
        assertThat(RequestPath.resolve("/catalog/")).isEqualTo("catalog/");
        assertThat(RequestPath.resolve("/assets/style.css")).isEqualTo("assets/style.css");
        assertThat(RequestPath.resolve("/zwgk/%E6%94%BF%E5%8A%A1/a+b.html")).isEqualTo("zwgk/政务/a+b.html");
    }

    @Test
    void refusesEveryWayOut() {
        for (String raw : new String[] {"/..", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e%2Fx", "/a/%2e%2e%2f%2e%2e%2fx",
            "/.", "/./x", "/a\\..\\x", "/a%5c..%5cx", "/a%00b"}) {
            assertThatThrownBy(() -> RequestPath.resolve(raw)).as(raw).isInstanceOfSatisfying(RequestPath.Refused.class,
                    r -> assertThat(r.status()).isEqualTo(403));
        }
    }

    @Test
    void refusesMalformedPaths() {
        for (String raw : new String[] {"relative", "/%", "/%zz", "/%c0%ae%c0%ae/x", "/%ff"}) {
            assertThatThrownBy(() -> RequestPath.resolve(raw)).as(raw).isInstanceOfSatisfying(RequestPath.Refused.class,
                    r -> assertThat(r.status()).isEqualTo(400));
        }
        assertThatThrownBy(() -> RequestPath.resolve("//etc/passwd")).isInstanceOf(RequestPath.Refused.class);
    }
}
