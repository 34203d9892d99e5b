package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.model.PortalLayout;
import org.junit.jupiter.api.Test;

/** Two spellings an eye cannot tell apart compare equal: as 索引号 (NFKC) and as paths (NFC, any case). */
class LookAlikesTest {

    @Test
    void anIndexNumberWrittenWithFullWidthOrInvisibleCharactersIsTheSameNumber() {
        String plain = "11530000MB0000000X/2026-00001";
        assertThat(LookAlikes.normalized(" " + plain + " ")).isEqualTo(plain);
        assertThat(LookAlikes.normalized("１１530000MB0000000X／2026－00001")).isEqualTo(plain);
        assertThat(LookAlikes.normalized("11530000MB0000000X/2026\u200B-00001")).isEqualTo(plain);
        assertThat(LookAlikes.normalized("11530000MB0000000X/2026-00001\t")).isEqualTo(plain);
        assertThat(LookAlikes.normalized("11530000MB0000000X/2026-0\u00000001")).isEqualTo(plain);
        assertThat(LookAlikes.normalized("11530000MB0000000X/2026-00002")).isNotEqualTo(plain);
    }

    @Test
    void pathsThatACaseInsensitiveDiskTakesAsOneHaveOneKey() {
        assertThat(PortalLayout.key("Items/GOV/2026/A/index.html")).isEqualTo(PortalLayout.key("items/gov/2026/a/index.html"));
        assertThat(PortalLayout.key("items/gov/cafe\u0301/")).isEqualTo(PortalLayout.key("items/gov/caf\u00e9/"));
        assertThat(PortalLayout.key("items/gov/2026/a/")).isNotEqualTo(PortalLayout.key("items/gov/2026/b/"));
    }
}
