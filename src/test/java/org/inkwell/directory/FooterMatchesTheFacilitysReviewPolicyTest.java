package org.inkwell.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** The footer's promise about review is true for the facility on the page. */
class FooterMatchesTheFacilitysReviewPolicyTest extends IntegrationTest {

    @Test
    void whereCleanMessagesAreAutoApprovedTheFooterSaysSo() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));

        String page = api().get("/facilities/" + site.code).body();

        assertThat(page).contains("messages that pass the automatic check are delivered at once")
                .doesNotContain("staff read every message before it is delivered");
    }

    @Test
    void whereStaffReadEveryMessageTheFooterSaysThatAndAStaffPageToo() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", false));

        assertThat(api().get("/facilities/" + site.code).body())
                .contains("At this facility, staff read every message before it is delivered");
        assertThat(api().with("Cookie", "inkwell_session=" + site.admin).get("/staff/roster").body())
                .contains("At this facility, staff read every message before it is delivered");
    }

    @Test
    void withNoFacilityInViewItPromisesOnlyWhatHoldsEverywhere() {
        assertThat(api().get("/").body()).contains("Every message is checked before it is delivered, and kept for as long as its facility says, then deleted.")
                .doesNotContain("At this facility");
    }
}
