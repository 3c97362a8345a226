package com.claimstream.common;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every problem type the API can answer with, in one list (RFC 9457). The slug is
 * published: never change it; the frontend switches on it.
 */
public enum Problem {

	VALIDATION_FAILED("validation-failed", "The request has invalid fields", HttpStatus.BAD_REQUEST),
	MALFORMED_REQUEST("malformed-request", "The request body could not be read", HttpStatus.BAD_REQUEST),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Send application/json", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
	UNAUTHENTICATED("unauthenticated", "Sign in to continue", HttpStatus.UNAUTHORIZED),
	FORBIDDEN("forbidden", "You are not allowed to do this", HttpStatus.FORBIDDEN),
	PORTAL_FEATURE_DISABLED("portal-feature-disabled", "Your practice has turned this off in the portal",
			HttpStatus.FORBIDDEN),
	CSRF_REJECTED("csrf-rejected", "The request did not come from Claimstream", HttpStatus.FORBIDDEN),
	TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts; try again later", HttpStatus.TOO_MANY_REQUESTS),
	TOO_MANY_CONNECTIONS("too-many-connections", "Too many live connections", HttpStatus.TOO_MANY_REQUESTS),
	INVALID_CREDENTIALS("invalid-credentials", "Email or password is incorrect", HttpStatus.UNAUTHORIZED),
	EMAIL_TAKEN("email-taken", "An account with this email already exists", HttpStatus.CONFLICT),
	WEAK_PASSWORD("weak-password", "Choose a stronger password", HttpStatus.BAD_REQUEST),
	CLIENT_EXISTS("client-exists", "A client with this email already exists in the practice", HttpStatus.CONFLICT),
	CLIENT_REMOVED("client-removed", "This client was removed", HttpStatus.CONFLICT),
	CLIENT_NOT_MINOR("client-not-minor", "Portal access for a contact is only for a client under 18",
			HttpStatus.CONFLICT),
	GUARDIAN_ACCESS_OFF("guardian-access-off", "This practice does not allow client contacts in the portal",
			HttpStatus.CONFLICT),
	CARD_TOKEN_INVALID("card-token-invalid", "This card was not found at the card processor",
			HttpStatus.UNPROCESSABLE_ENTITY),
	CARD_TOKEN_USED("card-token-used", "This card was already added", HttpStatus.CONFLICT),
	INVITATION_INVALID("invitation-invalid", "This invitation link is not valid", HttpStatus.NOT_FOUND),
	INVITATION_EXPIRED("invitation-expired", "This invitation link has expired", HttpStatus.GONE),
	INVITATION_USED("invitation-used", "This invitation link was already used", HttpStatus.GONE),
	INVITATION_REVOKED("invitation-revoked", "This invitation link was replaced or revoked", HttpStatus.GONE),
	ILLEGAL_TRANSITION("illegal-transition", "This action is not possible in the current state", HttpStatus.CONFLICT),
	LAST_ADMINISTRATOR("last-administrator", "A practice needs at least one active administrator", HttpStatus.CONFLICT),
	OWN_ACCOUNT("own-account", "You cannot deactivate your own account", HttpStatus.CONFLICT),
	ACCOUNT_DEACTIVATED("account-deactivated", "This account was deactivated", HttpStatus.FORBIDDEN),
	SERVICE_UNAVAILABLE("service-unavailable", "Claimstream is briefly unavailable; try again",
			HttpStatus.SERVICE_UNAVAILABLE),
	INTERNAL_ERROR("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR),
	RESET_LINK_INVALID("reset-link-invalid", "This password reset link is not valid", HttpStatus.NOT_FOUND),
	RESET_LINK_EXPIRED("reset-link-expired", "This password reset link has expired", HttpStatus.GONE),
	RESET_LINK_USED("reset-link-used", "This password reset link was already used", HttpStatus.GONE),
	RESET_LINK_REPLACED("reset-link-replaced", "A newer password reset link replaced this one", HttpStatus.GONE),
	SIGNUP_LINK_INVALID("signup-link-invalid", "This sign-up link is not valid", HttpStatus.NOT_FOUND),
	SIGNUP_LINK_EXPIRED("signup-link-expired", "This sign-up link has expired", HttpStatus.GONE),
	SIGNUP_LINK_USED("signup-link-used", "This sign-up link was already used", HttpStatus.GONE),
	SIGNUP_LINK_REPLACED("signup-link-replaced", "A newer sign-up link replaced this one", HttpStatus.GONE),
	INVALID_CODE("invalid-code", "The code is not correct", HttpStatus.BAD_REQUEST),
	SECOND_FACTOR_REQUIRED("second-factor-required", "Enter the code from your authenticator app",
			HttpStatus.FORBIDDEN),
	MFA_ENROLMENT_REQUIRED("mfa-enrolment-required", "Set up two-factor authentication to continue",
			HttpStatus.FORBIDDEN),
	STEP_UP_REQUIRED("step-up-required", "Confirm with a code from your authenticator app", HttpStatus.FORBIDDEN),
	UPLOAD_TOO_LARGE("upload-too-large", "The file is larger than 10 MB", HttpStatus.CONTENT_TOO_LARGE),
	UPLOAD_TYPE_REFUSED("upload-type-refused", "Upload a PDF, JPEG or PNG file", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	UPLOAD_INFECTED("upload-infected", "The virus scanner found malware in this file",
			HttpStatus.UNPROCESSABLE_CONTENT),
	UPLOAD_SCAN_UNAVAILABLE("upload-scan-unavailable", "Files cannot be checked for viruses right now; try again later",
			HttpStatus.SERVICE_UNAVAILABLE),
	PAYER_AMBIGUOUS("payer-ambiguous", "Several insurers match this name: choose one",
			HttpStatus.UNPROCESSABLE_CONTENT),
	PAYER_NOT_SUPPORTED("payer-not-supported", "This insurance cannot be billed through Claimstream",
			HttpStatus.UNPROCESSABLE_CONTENT),
	POLICY_REQUIRED("policy-required", "Save the insurance policy first", HttpStatus.CONFLICT),
	INSURANCE_REQUIRED("insurance-required", "Add the client's insurance first", HttpStatus.UNPROCESSABLE_CONTENT),
	MANUAL_VERIFICATION_NOT_READY("manual-verification-not-ready",
			"Manual verification needs both sides of the insurance card and the date of birth",
			HttpStatus.UNPROCESSABLE_CONTENT),
	PAYMENT_TYPE_NOT_ELIGIBLE("payment-type-not-eligible", "This payment type is not available for the client",
			HttpStatus.UNPROCESSABLE_CONTENT),
	IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required",
			"Send an Idempotency-Key header of 1 to 255 visible characters", HttpStatus.BAD_REQUEST),
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "This Idempotency-Key was used for another request",
			HttpStatus.UNPROCESSABLE_CONTENT),
	REQUEST_IN_FLIGHT("request-in-flight",
			"A request with this Idempotency-Key is still being processed; retry shortly", HttpStatus.CONFLICT),
	ESTIMATE_UNAVAILABLE("estimate-unavailable", "The expected reimbursement for this session is not known",
			HttpStatus.UNPROCESSABLE_CONTENT);

	private final String slug;

	private final String title;

	private final HttpStatus status;

	Problem(String slug, String title, HttpStatus status) {
		this.slug = slug;
		this.title = title;
		this.status = status;
	}

	public URI type() {
		return URI.create("/problems/" + this.slug);
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public HttpStatus status() {
		return this.status;
	}

}
