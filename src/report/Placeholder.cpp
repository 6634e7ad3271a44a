namespace jalaseh::report {}
