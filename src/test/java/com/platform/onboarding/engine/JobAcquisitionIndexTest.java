package com.platform.onboarding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.process.delivery.NotificationDelivery;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The job executor's poll is answered by an index: every job has a due date, and the index is there to read it. */
@OnboardingTest
class JobAcquisitionIndexTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    ManagementService managementService;

    @Test
    void theJobTableHasItsDueDateIndex() throws SQLException {
        Set<String> indexes = new HashSet<>();
        try (var connection = dataSource.getConnection();
                var rows = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
            while (rows.next()) {
                indexes.add(rows.getString("INDEX_NAME"));
            }
        }
        assertThat(indexes).contains("ACT_IDX_JOB_DUEDATE");
    }

    @Test
    void aJobToRunAtOnceIsDueNowNotUndated() {
        Set<String> earlier = ids(managementService.createJobQuery().list());
        Registrations.register(port, "due-now", "Due Now Ltd", "DOMESTIC", "beauty", "");

        var added = managementService.createJobQuery().list().stream().filter(job -> !earlier.contains(job.getId()))
                .toList();
        // The registration e-mail (to run at once) and the agreement task's reminder and lapse timers.
        assertThat(added).extracting(Job::getDuedate).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull();
        assertThat(added).filteredOn(job -> job.getProcessDefinitionKey().equals(NotificationDelivery.PROCESS_KEY))
                .singleElement().satisfies(delivery -> assertThat(delivery.getDuedate())
                        .isBeforeOrEqualTo(ClockUtil.getCurrentTime()));
    }

    private static Set<String> ids(List<Job> jobs) {
        Set<String> ids = new HashSet<>();
        jobs.forEach(job -> ids.add(job.getId()));
        return ids;
    }
}
