// The unit-package module's public face: what other modules may use (see .dependency-cruiser.cjs).
