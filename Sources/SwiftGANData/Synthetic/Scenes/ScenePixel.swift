/// What a point of a scene shows: its class, which object of that class
/// (a building's or tree's index, else 0) and which part of it (a tree's
/// crown 0 or trunk 1, a road's surface 0 or lane marking 1, a window's row
/// and column packed as `row * 64 + column`, else 0).
struct ScenePixel: Equatable {
    var kind: SceneClass
    var instance = 0
    var part = 0
}
