print("swiftgan-fuzz: no targets yet")
