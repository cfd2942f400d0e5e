package com.platform.onboarding.security.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants that are safe to repeat: a grant that exists gains the missing permissions instead of a duplicate row. */
@Component
class Authorizations {

    private final AuthorizationService authorizationService;

    Authorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && holdsAll(existing, permissions)) {
            return;
        }
        var authorization = existing != null ? existing : newGrant(resource, resourceId);
        authorization.setGroupId(groupId);
        save(authorization, permissions);
    }

    void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && holdsAll(existing, permissions)) {
            return;
        }
        var authorization = existing != null ? existing : newGrant(resource, resourceId);
        authorization.setUserId(userId);
        save(authorization, permissions);
    }

    /** Removes every authorization (grant, revoke or global) held by these groups, or by these users. */
    int revokeGroups(String... groupIds) {
        return delete(authorizationService.createAuthorizationQuery().groupIdIn(groupIds).list());
    }

    int revokeUsers(String... userIds) {
        return userIds.length == 0 ? 0 : delete(authorizationService.createAuthorizationQuery().userIdIn(userIds).list());
    }

    private int delete(List<Authorization> found) {
        found.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        return found.size();
    }

    /**
     * Every start repeats the role grants: rewriting a grant that holds them already would cost an update per grant
     * and race the other nodes starting alongside on the row's revision.
     */
    private static boolean holdsAll(Authorization grant, Permission[] permissions) {
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }

    private Authorization newGrant(Resource resource, String resourceId) {
        var authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private void save(Authorization authorization, Permission[] permissions) {
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
