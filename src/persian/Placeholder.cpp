namespace jalaseh::persian {}
