package de.kommunale2030.plattform.identity;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration for {@code user:manage}: {@code /api/v1/users} and {@code /api/v1/org-units}.
 * Every change that alters what an account may do ends its sessions, so no session keeps
 * permissions the account no longer has.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1")
class UsersApi {

    private final UserAdministration administration;
    private final SignInSessions sessions;

    UsersApi(UserAdministration administration, SignInSessions sessions) {
        this.administration = administration;
        this.sessions = sessions;
    }

    record CreateUser(String username, String displayName, Set<String> roles, Set<String> orgUnits) {
    }

    record ChangeUser(String displayName, Set<String> roles, Set<String> orgUnits) {
    }

    record UserView(UUID id, String username, String displayName, List<String> roles, List<String> orgUnits,
            boolean active, boolean mfaEnrolled) {

        static UserView of(UserAdministration.User user) {
            var account = user.account();
            return new UserView(account.id(), account.username().value(), account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList(), user.orgUnits(), account.active(),
                    account.mfaEnrolled());
        }
    }

    record CreatedView(UUID id, String username, String initialPassword) {
    }

    record CreateOrgUnit(String key, String name) {
    }

    @PostMapping("/users")
    ResponseEntity<CreatedView> create(@RequestBody CreateUser body) {
        var created = administration.create(admin(), body.username(), body.displayName(), body.roles(), body.orgUnits());
        var id = created.user().account().id();
        return ResponseEntity.created(URI.create("/api/v1/users/" + id))
            .body(new CreatedView(id, created.user().account().username().value(), created.initialPassword()));
    }

    @GetMapping("/users")
    List<UserView> all() {
        return administration.all().stream().map(UserView::of).toList();
    }

    @GetMapping("/users/{id}")
    ResponseEntity<UserView> one(@PathVariable UUID id) {
        return ResponseEntity.of(administration.get(id).map(UserView::of));
    }

    @PatchMapping("/users/{id}")
    ResponseEntity<UserView> change(@PathVariable UUID id, @RequestBody ChangeUser body) {
        var changed = administration.change(admin(), id, body.displayName(), body.roles(), body.orgUnits());
        changed.ifPresent(user -> endSessionsOf(id));
        return ResponseEntity.of(changed.map(UserView::of));
    }

    @PostMapping("/users/{id}/deactivation")
    ResponseEntity<Void> deactivate(@PathVariable UUID id) {
        if (!administration.deactivate(admin(), id)) {
            return ResponseEntity.notFound().build();
        }
        endSessionsOf(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/mfa-reset")
    ResponseEntity<Void> resetSecondFactor(@PathVariable UUID id) {
        if (!administration.resetSecondFactor(admin(), id)) {
            return ResponseEntity.notFound().build();
        }
        endSessionsOf(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/org-units")
    ResponseEntity<OrgUnits.OrgUnit> createOrgUnit(@RequestBody CreateOrgUnit body) {
        var unit = administration.createOrgUnit(admin(), body.key(), body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(unit);
    }

    @GetMapping("/org-units")
    List<OrgUnits.OrgUnit> orgUnits() {
        return administration.orgUnits();
    }

    private void endSessionsOf(UUID account) {
        sessions.endSessionsOf(account);
    }

    private TenantBound admin() {
        return sessions.actor().orElseThrow(SignInRefused::refused);
    }
}
