/**
 * The OIT checklist: {@link org.itascore.oit.OitCatalogue} (items grouped in sub-indicators, as edition
 * data) and {@link org.itascore.oit.OitChecklist} (an office's entries with evidence addresses, scored
 * exactly).
 */
package org.itascore.oit;
