package io.gigafab.mes.tracking;

/** One operation of a route, for one kind of unit. */
public record RouteStep(int seq, String operation, String equipmentClass, String unitKind) {}
