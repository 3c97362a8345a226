package com.claimstream.benefits;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.coding.ClientDiagnoses;

/** Whether the client has a diagnosis, from the coding feature's client diagnoses. */
@Component
class CodingDiagnoses implements DiagnosesOnFile {

	private final ClientDiagnoses diagnoses;

	CodingDiagnoses(ClientDiagnoses diagnoses) {
		this.diagnoses = diagnoses;
	}

	@Override
	public Mono<Boolean> hasDiagnosis(UUID practiceId, UUID clientId) {
		return this.diagnoses.hasDiagnosis(practiceId, clientId);
	}

}
