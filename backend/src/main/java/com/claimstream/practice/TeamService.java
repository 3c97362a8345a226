package com.claimstream.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.notification.MailService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.MemberAccount;
import com.claimstream.security.NewAccount;
import com.claimstream.security.Portal;
import com.claimstream.security.Role;
import com.claimstream.security.SecretTokens;
import com.claimstream.security.SessionService;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * The team of a practice: administrators invite members, change their roles, deactivate
 * and reactivate them (the routes are for administrators only). A role change or
 * deactivation ends the member's sessions, so it counts on their next request on every
 * instance and closes their live sockets; a practice always keeps one active
 * administrator.
 */
@Service
public class TeamService {

	static final Duration INVITATION_EXPIRY = Duration.ofHours(72);

	private final TeamInvitationRepository invitations;

	private final PracticeRepository practices;

	private final TeamMails mails;

	private final MailService mail;

	private final AccountService accounts;

	private final SessionService sessions;

	private final EventLog events;

	private final Clock clock;

	TeamService(TeamInvitationRepository invitations, PracticeRepository practices, TeamMails mails, MailService mail,
			AccountService accounts, SessionService sessions, EventLog events, Clock clock) {
		this.invitations = invitations;
		this.practices = practices;
		this.mails = mails;
		this.mail = mail;
		this.accounts = accounts;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** Members (active, then deactivated, by name) and open invitations. */
	public Flux<TeamMember> team(CurrentPrincipal principal) {
		UUID practiceId = principal.requirePracticeId();
		return this.accounts.practiceMembers(practiceId)
			.map(TeamMember::of)
			.sort((a, b) -> a.status().compareTo(b.status()))
			.concatWith(this.invitations.findOpen(practiceId, this.clock.instant()).map(TeamInvitation::member));
	}

	/**
	 * Emails a link to join; an earlier open link to the same email stops working.
	 * {@code email-taken} when the email already has a practice account.
	 */
	@Transactional
	public Mono<TeamMember> invite(CurrentPrincipal principal, InviteMemberRequest request) {
		UUID practiceId = principal.requirePracticeId();
		if (!request.role().isPracticeMember()) {
			return Mono.error(() -> ProblemException.onField(Problem.VALIDATION_FAILED, "role",
					"Choose administrator, clinician or staff"));
		}
		String email = AccountService.normalize(request.email());
		return this.accounts.find(Portal.PRACTICE, email)
			.flatMap((taken) -> Mono.<TeamMember>error(() -> ProblemException.onField(Problem.EMAIL_TAKEN, "email",
					"This email already has a Claimstream practice account")))
			.switchIfEmpty(Mono.defer(() -> send(practiceId, email, request.name().trim(), request.role())));
	}

	/** Sends a new link for an invitation; the old link stops working. */
	@Transactional
	public Mono<TeamMember> resend(CurrentPrincipal principal, UUID invitationId) {
		UUID practiceId = principal.requirePracticeId();
		return this.invitations.find(practiceId, invitationId)
			.filter((invitation) -> TeamInvitation.SENT.equals(invitation.status()))
			.switchIfEmpty(notFound())
			.flatMap((invitation) -> send(practiceId, invitation.email(), invitation.name(), invitation.role()));
	}

	@Transactional
	public Mono<Void> revoke(CurrentPrincipal principal, UUID invitationId) {
		UUID practiceId = principal.requirePracticeId();
		return this.invitations.find(practiceId, invitationId)
			.filter((invitation) -> TeamInvitation.SENT.equals(invitation.status()))
			.switchIfEmpty(notFound())
			.flatMapMany((invitation) -> revokeOpen(practiceId, invitation.email()))
			.then();
	}

	/** Changes a member's role; refused when it would leave no active administrator. */
	@Transactional
	public Mono<TeamMember> changeRole(CurrentPrincipal principal, UUID memberId, Role role) {
		UUID practiceId = principal.requirePracticeId();
		if (!role.isPracticeMember()) {
			return Mono.error(() -> ProblemException.onField(Problem.VALIDATION_FAILED, "role",
					"Choose administrator, clinician or staff"));
		}
		return requireAnotherAdministrator(practiceId, memberId, role != Role.PRACTICE_ADMIN,
				"Make another member an administrator first")
			.then(this.accounts.changeRole(practiceId, memberId, role))
			.switchIfEmpty(notFound())
			.flatMap((member) -> this.sessions.endAllFor(memberId)
				.then(announce("team.member_role_changed", practiceId, member))
				.thenReturn(TeamMember.of(member)));
	}

	/**
	 * Deactivates or reactivates a member. Nobody deactivates their own account, and the
	 * last active administrator stays.
	 */
	@Transactional
	public Mono<TeamMember> setActive(CurrentPrincipal principal, UUID memberId, boolean active) {
		UUID practiceId = principal.requirePracticeId();
		if (!active && memberId.equals(principal.accountId())) {
			return Mono.error(() -> new ProblemException(Problem.OWN_ACCOUNT,
					"You cannot deactivate your own account; ask another administrator"));
		}
		return requireAnotherAdministrator(practiceId, memberId, !active,
				"Make another member an administrator before deactivating this one")
			.then(this.accounts.setActive(practiceId, memberId, active))
			.switchIfEmpty(notFound())
			.flatMap((member) -> (active ? Mono.<Void>empty() : this.sessions.endAllFor(memberId))
				.then(announce(active ? "team.member_reactivated" : "team.member_deactivated", practiceId, member))
				.thenReturn(TeamMember.of(member)));
	}

	Mono<JoinLanding> lookup(String token) {
		return this.invitations.findByToken(SecretTokens.hash(token))
			.switchIfEmpty(invalid())
			.map((found) -> found.requireUsable(this.clock.instant()))
			.flatMap((usable) -> this.practices.findName(usable.practiceId())
				.map((practiceName) -> new JoinLanding(practiceName, usable.name(), usable.email(), usable.role())));
	}

	/**
	 * Creates the member's account from the link, once: the row is locked, so of
	 * concurrent accepts exactly one wins.
	 */
	@Transactional
	Mono<AccountSummary> accept(String token, String password) {
		return this.invitations.lockByToken(SecretTokens.hash(token))
			.switchIfEmpty(invalid())
			.map((found) -> found.requireUsable(this.clock.instant()))
			.flatMap((invitation) -> this.practices.findName(invitation.practiceId())
				.flatMap((practiceName) -> this.accounts.register(new NewAccount(invitation.email(), invitation.name(),
						password, invitation.role(), invitation.practiceId()), practiceName))
				.flatMap((account) -> this.invitations.accept(invitation.id(), account.id(), this.clock.instant())
					.then(this.events.append(new NewEvent("team.member_joined", invitation.practiceId(),
							Audience.administrators(), "team_member", account.id(),
							Map.of("accountId", account.id(), "invitationId", invitation.id(), "role",
									account.role().name(), "status", "active"))))
					.thenReturn(account)));
	}

	private Mono<TeamMember> send(UUID practiceId, String email, String name, Role role) {
		String token = SecretTokens.generate();
		Instant now = this.clock.instant();
		TeamInvitation invitation = new TeamInvitation(UUID.randomUUID(), practiceId, email, name, role,
				TeamInvitation.SENT, now, now.plus(INVITATION_EXPIRY));
		return revokeOpen(practiceId, email).then(this.invitations.insert(invitation, SecretTokens.hash(token)))
			.then(this.practices.findName(practiceId))
			.flatMap((practiceName) -> this.mail.queue(this.mails.invitation(invitation, practiceName, token)))
			.then(announceInvitation("team.member_invited", invitation))
			.thenReturn(invitation.member());
	}

	private Flux<Void> revokeOpen(UUID practiceId, String email) {
		return this.invitations.revokeOpen(practiceId, email, this.clock.instant())
			.concatMap((revoked) -> announceInvitation("team.invitation_revoked", revoked));
	}

	/**
	 * Refuses, when {@code removesAdministrator}, to take away the practice's only active
	 * administrator; the administrators stay locked until the change commits.
	 */
	private Mono<Void> requireAnotherAdministrator(UUID practiceId, UUID memberId, boolean removesAdministrator,
			String advice) {
		return this.accounts.lockActiveAdministrators(practiceId)
			.filter((administrators) -> removesAdministrator && administrators.contains(memberId)
					&& administrators.size() == 1)
			.flatMap((only) -> Mono.error(() -> new ProblemException(Problem.LAST_ADMINISTRATOR,
					"This is the practice's only active administrator. " + advice)));
	}

	private Mono<Void> announce(String kind, UUID practiceId, MemberAccount member) {
		return this.events.append(new NewEvent(kind, practiceId, Audience.administrators(), "team_member", member.id(),
				Map.of("accountId", member.id(), "role", member.role().name(), "status",
						member.active() ? "active" : "deactivated")));
	}

	private Mono<Void> announceInvitation(String kind, TeamInvitation invitation) {
		return this.events.append(new NewEvent(kind, invitation.practiceId(), Audience.administrators(),
				"team_invitation", invitation.id(), Map.of("invitationId", invitation.id(), "role",
						invitation.role().name(), "status", invitation.status())));
	}

	private static <T> Mono<T> invalid() {
		return Mono.error(() -> new ProblemException(Problem.INVITATION_INVALID, "This invitation link is not valid"));
	}

	private static <T> Mono<T> notFound() {
		return Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found"));
	}

}
