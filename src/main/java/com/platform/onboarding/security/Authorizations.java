package com.platform.onboarding.security;

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

    /** Replaces what a user holds on one resource with exactly these permissions. */
    void restrictUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        var grant = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
        if (grant != null) {
            grant.setPermissions(permissions);
            authorizationService.saveAuthorization(grant);
        }
    }

    /** Removes every grant the group holds: a role whose rights were taken away loses them at the next start. */
    void revokeGroup(String groupId) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
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
