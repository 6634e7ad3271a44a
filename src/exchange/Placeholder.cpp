namespace jalaseh::exchange {}
