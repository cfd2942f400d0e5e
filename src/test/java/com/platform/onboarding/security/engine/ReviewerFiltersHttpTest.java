package com.platform.onboarding.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.platform.onboarding.Http;
import com.platform.onboarding.OnboardingTest;
import com.platform.onboarding.Registrations;
import com.platform.onboarding.Waits;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist as reviewers use it, over its own API: the shared filters list the right tasks for reviewer and reviewer2
 * through a durian application's two reviews, each task says whose application it is, and the first reviewer is
 * not offered the second review, and is told why in both languages on trying to take it anyway.
 */
@OnboardingTest
class ReviewerFiltersHttpTest {

    static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    RoleAuthorizations roles;

    String merchantName;
    String applicationId;
    Http reviewer;
    Http reviewer2;

    @BeforeEach
    void aDurianApplicationAwaitingReview() {
        String username = "filters-" + Long.toString(System.nanoTime(), 36);
        merchantName = "Filters Durian " + username;
        applicationId = Registrations.register(port, username, merchantName, "OVERSEAS", "food.fresh-fruit.durian", "US");
        var sign = taskService.createTaskQuery().taskAssignee(username).singleResult();
        taskService.complete(sign.getId(), Map.of("agreementAccepted", true, "committedShippingDays", 7));
        taskService.complete(taskService.createTaskQuery().taskAssignee(username).singleResult().getId(),
                Registrations.overseasDurianQualifications("Filters Durian Ltd"));
        Waits.continuations(engine).runFor(applicationId);
        reviewer = Http.webappSession(port, "reviewer", Http.DEMO_PASSWORD, "tasklist");
        reviewer2 = Http.webappSession(port, "reviewer2", Http.DEMO_PASSWORD, "tasklist");
    }

    @Test
    void theSharedFiltersAreOursWithBilingualNamesAndNoOthersOfTheSameKind() {
        var names = filterService.createTaskFilterQuery().list().stream().map(f -> f.getName()).toList();
        assertThat(names).contains(RoleAuthorizations.REVIEW_QUEUE, RoleAuthorizations.MY_TASKS,
                RoleAuthorizations.SECOND_REVIEWS, RoleAuthorizations.DUE_SOON)
                .doesNotContain("My tasks 我的任务", "Group tasks 待领取");
        assertThat(List.of(RoleAuthorizations.REVIEW_QUEUE, RoleAuthorizations.MY_TASKS, RoleAuthorizations.SECOND_REVIEWS,
                RoleAuthorizations.DUE_SOON)).allSatisfy(name -> assertThat(name).matches("\\p{IsHan}+ / [A-Z][a-zA-Z ]+"));
        var listed = reviewer.get(TASKLIST_API + "/filter?resourceType=Task&itemCount=false").json();
        assertThat(listed).extracting(f -> f.get("name").asText()).containsExactlyInAnyOrder(RoleAuthorizations.REVIEW_QUEUE,
                RoleAuthorizations.MY_TASKS, RoleAuthorizations.SECOND_REVIEWS, RoleAuthorizations.DUE_SOON);
        String secondReviews = filterService.createTaskFilterQuery().filterName(RoleAuthorizations.SECOND_REVIEWS)
                .singleResult().getId();
        var query = reviewer.get(TASKLIST_API + "/filter/" + secondReviews).json().get("query");
        assertThat(query.get("taskDefinitionKey").asText()).isEqualTo("second-review-qualifications");
        assertThat(query.get("involvedUserExpression").asText()).isEqualTo("${currentUser()}");
        assertThat(query.get("unassigned").asBoolean()).isTrue();
    }

    @Test
    void aFilterUnderItsFormerNameIsRenamedAndGivenOurQueryAtEveryStartKeepingItsId() {
        var queue = filterService.createTaskFilterQuery().filterName(RoleAuthorizations.REVIEW_QUEUE).singleResult();
        queue.setName("Group tasks 待领取");
        queue.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        filterService.saveFilter(queue);

        roles.run(null);
        roles.run(null);

        var renamed = filterService.createTaskFilterQuery().filterName(RoleAuthorizations.REVIEW_QUEUE).list();
        assertThat(renamed).extracting(f -> f.getId()).containsExactly(queue.getId());
        assertThat(filterService.createTaskFilterQuery().filterName("Group tasks 待领取").count()).isZero();
        TaskQueryImpl query = filterService.getFilter(queue.getId()).getQuery();
        assertThat(query.isWithoutCandidateUsers()).isTrue();
    }

    @Test
    void aTaskDueWithinADayIsListedAsSoonDueAndOneDueLaterIsNot() {
        String review = reviewTask().getId();
        assertThat(ids(list(reviewer, RoleAuthorizations.DUE_SOON))).doesNotContain(review);
        taskService.setDueDate(review, Date.from(Instant.now().plus(Duration.ofHours(20))));
        assertThat(ids(list(reviewer, RoleAuthorizations.DUE_SOON))).contains(review);
        taskService.setDueDate(review, Date.from(Instant.now().plus(Duration.ofHours(25))));
        assertThat(ids(list(reviewer, RoleAuthorizations.DUE_SOON))).doesNotContain(review);
    }

    @Test
    void eachReviewTaskSaysWhoseApplicationItIsInTheListAndOnTheTask() {
        var review = reviewTask();
        assertThat(review.getDescription()).contains(merchantName, "榴莲", "Durian");

        var list = list(reviewer, RoleAuthorizations.REVIEW_QUEUE);
        var shown = variablesOf(list, review.getId());
        assertThat(shown).containsEntry("merchantName", merchantName);
        assertThat(shown.get("categoryName")).isEqualTo("榴莲 / Durian · 食品 › 新鲜水果 / Food › Fresh fruit");
    }

    @Test
    void theFiltersFollowTheTwoReviewsAndTheFirstReviewerIsNeverOfferedTheSecond() {
        String first = reviewTask().getId();
        assertThat(ids(list(reviewer, RoleAuthorizations.REVIEW_QUEUE))).contains(first);
        assertThat(ids(list(reviewer2, RoleAuthorizations.REVIEW_QUEUE))).contains(first);
        assertThat(reviewer.postJson(TASKLIST_API + "/task/" + first + "/claim", "{\"userId\":\"reviewer\"}").status())
                .isEqualTo(204);
        assertThat(ids(list(reviewer, RoleAuthorizations.MY_TASKS))).contains(first);
        assertThat(ids(list(reviewer, RoleAuthorizations.REVIEW_QUEUE))).doesNotContain(first);
        assertThat(ids(list(reviewer2, RoleAuthorizations.MY_TASKS))).doesNotContain(first);
        // Reviews are due in working days; nothing here is due within a day yet.
        assertThat(ids(list(reviewer, RoleAuthorizations.DUE_SOON))).doesNotContain(first);
        assertThat(reviewer.postJson(TASKLIST_API + "/task/" + first + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);

        var secondTask = reviewTask();
        assertThat(secondTask.getTaskDefinitionKey()).isEqualTo("second-review-qualifications");
        String second = secondTask.getId();
        assertThat(secondTask.getDescription()).contains(merchantName);
        assertThat(ids(list(reviewer, RoleAuthorizations.SECOND_REVIEWS))).doesNotContain(second);
        assertThat(ids(list(reviewer, RoleAuthorizations.REVIEW_QUEUE))).doesNotContain(second);
        assertThat(ids(list(reviewer2, RoleAuthorizations.SECOND_REVIEWS))).contains(second);
        assertThat(variablesOf(list(reviewer2, RoleAuthorizations.SECOND_REVIEWS), second))
                .containsEntry("merchantName", merchantName);

        // Taken anyway, by its link: refused in words on both mounts, nothing changed.
        var api = Http.as(port, "reviewer", Http.DEMO_PASSWORD);
        String approve = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}";
        for (var refused : List.of(
                reviewer.postJson(TASKLIST_API + "/task/" + second + "/claim", "{\"userId\":\"reviewer\"}"),
                api.postJson("/engine-rest/task/" + second + "/claim", "{\"userId\":\"reviewer\"}"),
                reviewer.postJson(TASKLIST_API + "/task/" + second + "/submit-form", approve),
                api.postJson("/engine-rest/task/" + second + "/complete", approve))) {
            assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
            String message = refused.json().get("message").asText();
            assertThat(message).contains("second reviewer", "四眼原则").doesNotContain(second, "ENGINE-", "Exception");
        }
        assertThat(taskService.createTaskQuery().taskId(second).singleResult().getAssignee()).isNull();

        assertThat(reviewer2.postJson(TASKLIST_API + "/task/" + second + "/claim", "{\"userId\":\"reviewer2\"}").status())
                .isEqualTo(204);
        assertThat(ids(list(reviewer2, RoleAuthorizations.MY_TASKS))).contains(second);
        assertThat(ids(list(reviewer2, RoleAuthorizations.SECOND_REVIEWS))).doesNotContain(second);
    }

    private Task reviewTask() {
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
    }

    /** The filter's first page as Tasklist asks for it, with the variables the filter shows. */
    private JsonNode list(Http session, String filterName) {
        String id = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
        var answer = session.postHal(TASKLIST_API + "/filter/" + id + "/list?firstResult=0&maxResults=500", "{}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode halList) {
        return StreamSupport.stream(halList.path("_embedded").path("task").spliterator(), false)
                .map(task -> task.get("id").asText()).toList();
    }

    private static Map<String, String> variablesOf(JsonNode halList, String taskId) {
        var found = new HashMap<String, String>();
        for (JsonNode task : halList.path("_embedded").path("task")) {
            if (task.get("id").asText().equals(taskId)) {
                for (JsonNode variable : task.path("_embedded").path("variable")) {
                    found.put(variable.get("name").asText(), variable.get("value").asText());
                }
            }
        }
        return found;
    }
}
