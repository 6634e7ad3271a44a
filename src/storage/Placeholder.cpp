namespace jalaseh::storage {}
