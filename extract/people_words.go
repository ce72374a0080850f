package extract

// honorifics are dropped from names and stop item titles. Lower case,
// without a full stop.
var honorifics = map[string]bool{
	"cllr": true, "cllrs": true, "councillor": true, "councillors": true, "mr": true, "mrs": true,
	"ms": true, "miss": true, "dr": true, "prof": true, "professor": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "rev": true, "reverend": true, "mayor": true, "alderman": true,
	"commissioner": true, "commissioners": true,
}
