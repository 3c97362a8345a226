package com.claimstream.coding;

import java.util.List;

/** A client's diagnoses in order (the first is primary) and their latest changes. */
record ClientDiagnosesResponse(List<Diagnosis> diagnoses, List<DiagnosisChange> history) {

}
