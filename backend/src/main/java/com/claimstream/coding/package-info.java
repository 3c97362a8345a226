/**
 * Coding (PRODUCT 8): the ICD-10-CM code set (search, the CMS order-file importer), each
 * client's ordered diagnoses, and the CPT, place-of-service and modifier catalogs with
 * their add-on rules. Owns the {@code icd10_code} and {@code client_diagnosis} tables;
 * reads clients only through {@code ClientService}.
 */
@NullMarked
package com.claimstream.coding;

import org.jspecify.annotations.NullMarked;
