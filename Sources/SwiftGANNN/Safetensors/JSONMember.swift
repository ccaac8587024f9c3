/// One `"key": value` member of a JSON object.
struct JSONMember {
    var key: String
    var value: JSONValue
}
