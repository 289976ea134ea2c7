package io.gigafab.simulator.line;

/** A cell waiting (soaking, aging) until {@code readyAtS} of simulated time. */
record Timed(Cell cell, double readyAtS) {}
