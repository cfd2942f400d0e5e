package com.platform.onboarding.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.query.Query;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles and what each may do, in every profile. Staff only: merchants and the payment system get nothing in the
 * engine (StaffOnlyEngine keeps them out of it altogether), and what they once held is removed here at every start.
 */
@Component
@Order(10)
class RoleAuthorizations implements ApplicationRunner {

    static final String REVIEW_QUEUE = "待领取 / To claim";
    static final String MY_TASKS = "我的 / Mine";
    static final String SECOND_REVIEWS = "待复核 / Second reviews I may do";
    static final String DUE_SOON = "即将超时 / Due within a day";
    /** The names earlier versions gave the first two filters: renamed where found, so their grants stay with them. */
    private static final Map<String, String> FORMER_NAMES = Map.of(MY_TASKS, "My tasks 我的任务",
            REVIEW_QUEUE, "Group tasks 待领取");
    /** Shown under each task in the list: whose application it is (set on the task by TaskSubject). */
    private static final List<Map<String, String>> WHOSE = List.of(
            Map.of("name", "merchantName", "label", "商家 Merchant"),
            Map.of("name", "categoryName", "label", "类目 Category"));
    private static final int PAGE = 500;

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Authorizations authorizations;
    private final SecondReviews secondReview;

    RoleAuthorizations(IdentityService identityService, FilterService filterService, TaskService taskService,
            Authorizations authorizations, SecondReviews secondReview) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
        this.secondReview = secondReview;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureGroup(Groups.MERCHANTS, "Merchants 商家");
        ensureGroup(Groups.REVIEWERS, "Reviewers 审核员");
        ensureGroup(Groups.OPS, "Operations 运营");
        ensureGroup(Groups.PAYMENTS, "Payment system 支付系统");
        ensureGroup(Groups.ADMINS, "Administrators 管理员");

        // Four eyes: the second review names every reviewer but the first as a candidate user (FourEyes). It is left
        // out of the tasks to claim, which name no user, and listed as a second review to those it names (an
        // involved user is one named on the task itself, never one through a group).
        String groupTasks = ensureFilter(REVIEW_QUEUE, -10, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").withoutCandidateUsers());
        String myTasks = ensureFilter(MY_TASKS, -8, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String secondReviews = ensureFilter(SECOND_REVIEWS, -6, taskService.createTaskQuery()
                .taskDefinitionKey(secondReview.taskKey()).taskInvolvedUserExpression("${currentUser()}").taskUnassigned());
        // Whatever the caller may read (reviewers: their groups' tasks and their own; ops: all) due by this time tomorrow.
        String dueSoon = ensureFilter(DUE_SOON, -4, taskService.createTaskQuery()
                .dueBeforeExpression("${dateTime().plusDays(1)}").orderByDueDate().asc());

        revokeOutsiders();

        authorizations.grantGroup(Groups.REVIEWERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String filter : List.of(groupTasks, myTasks, secondReviews, dueSoon)) {
            authorizations.grantGroup(Groups.REVIEWERS, Resources.FILTER, filter, Permissions.READ);
        }
        // A review needs the merchant's whole file: read, never change.
        authorizations.grantGroup(Groups.REVIEWERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        authorizations.grantGroup(Groups.REVIEWERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        authorizations.grantGroup(Groups.REVIEWERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                HistoricProcessInstancePermissions.READ);

        authorizations.grantGroup(Groups.OPS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        authorizations.grantGroup(Groups.OPS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String filter : List.of(groupTasks, myTasks, dueSoon)) {
            authorizations.grantGroup(Groups.OPS, Resources.FILTER, filter, Permissions.READ);
        }
        // Watch and repair: read everything, retry jobs, resolve incidents, modify instances; no deployments, no users.
        authorizations.grantGroup(Groups.OPS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.SUSPEND_INSTANCE);
        authorizations.grantGroup(Groups.OPS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB);
        authorizations.grantGroup(Groups.OPS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        authorizations.grantGroup(Groups.OPS, Resources.TASK, ANY, Permissions.READ);
        authorizations.grantGroup(Groups.OPS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        authorizations.grantGroup(Groups.OPS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        authorizations.grantGroup(Groups.OPS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        authorizations.grantGroup(Groups.OPS, Resources.BATCH, ANY, Permissions.READ, BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
                BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES);
        authorizations.grantGroup(Groups.OPS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);

        for (Resources resource : Resources.values()) {
            authorizations.grantGroup(Groups.ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    /**
     * Merchants and the payment system work through our own API, which runs as our code; they need nothing in the
     * engine. Whatever earlier versions granted them is removed: their groups' grants, and each such user's own (a
     * process instance each, their login, the engine's grants to a task's assignee). Repeating it finds nothing.
     */
    private void revokeOutsiders() {
        authorizations.revokeGroups(Groups.MERCHANTS, Groups.PAYMENTS);
        var staff = new HashSet<String>();
        StaffOnlyEngine.STAFF.forEach(group -> identityService.createUserQuery().memberOfGroup(group).list()
                .forEach(user -> staff.add(user.getId())));
        for (String group : StaffOnlyEngine.OUTSIDERS) {
            int page = 0;
            List<User> members;
            do {
                members = identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                        .listPage(page++ * PAGE, PAGE);
                authorizations.revokeUsers(members.stream().map(User::getId)
                        .filter(id -> !staff.contains(id))
                        .toArray(String[]::new));
            } while (members.size() == PAGE);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /**
     * The filter under this name (or a former one) holds our query and properties after every start, whatever was
     * stored before: filters are ours, only admins could change them, and what they ask is code the engine runs.
     */
    private String ensureFilter(String name, int priority, Query<?, ?> query) {
        var existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (existing == null && FORMER_NAMES.containsKey(name)) {
            existing = filterService.createTaskFilterQuery().filterName(FORMER_NAMES.get(name)).singleResult();
        }
        var filter = existing != null ? existing : filterService.newTaskFilter(name);
        filter.setName(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "refresh", true, "variables", WHOSE,
                "showUndefinedVariable", false));
        return filterService.saveFilter(filter).getId();
    }
}
