/// One `"key": value` member of a JSON object.
package struct JSONMember {
    package var key: String
    package var value: JSONValue

    package init(key: String, value: JSONValue) {
        (self.key, self.value) = (key, value)
    }
}
