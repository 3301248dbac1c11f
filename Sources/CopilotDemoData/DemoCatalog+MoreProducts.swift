extension DemoCatalog {
    private typealias T = ProductType

    static let beauty = Category(
        name: "Beauty", code: "BEA",
        brands: ["Lumière Skin", "Velvet Rose", "Aurélie Paris", "Pure Botanica", "Glow Theory", "Maison Ambre",
                 "Nordic Dew"],
        returnRate: 0.03, ratingMean: 4.1, demand: 0.12,
        season: [0.9, 1.05, 0.95, 0.95, 1.05, 0.95, 0.9, 0.9, 0.95, 1.0, 1.3, 1.55], trend: [1.0, 1.18, 1.4],
        reasonWeights: [25, 10, 12, 25, 25, 3],
        subcategories: [
            Subcategory(name: "Skincare", code: "SKN", style: .branded(types: [
                T("Hydrating Serum", 15, 89), T("Vitamin C Serum", 15, 79), T("Daily Moisturizer SPF 30", 12, 59),
                T("Retinol Night Cream", 19, 99), T("Gentle Cleanser", 8, 35), T("Sheet Mask Pack", 9, 39, ["5-Pack", "10-Pack"]),
            ], variants: ["30ml", "50ml", "100ml", "Travel Size", "Sensitive Skin"]), costRatio: 0.3, demand: 1.5, maxQuantity: 3),
            Subcategory(name: "Makeup", code: "MKP", style: .branded(types: [
                T("Matte Lipstick", 9, 39), T("Volumizing Mascara", 9, 35, ["Black", "Brown"]), T("Liquid Foundation", 15, 59),
                T("Eyeshadow Palette", 19, 69, ["Warm Neutrals", "Smoky", "Sunset"]), T("Setting Powder", 12, 45),
                T("Brow Pencil", 7, 29, ["Blonde", "Brunette"]),
            ], variants: ["Ruby", "Nude", "Shade 02", "Shade 05", "Rose"]), costRatio: 0.28, demand: 1.2, maxQuantity: 3),
            Subcategory(name: "Hair Care", code: "HAR", style: .branded(types: [
                T("Repair Shampoo", 7, 35, ["250ml", "500ml", "Argan Oil"]), T("Conditioner", 7, 35, ["250ml", "500ml"]),
                T("Hair Dryer", 49, 399, ["Ionic 2000W", "Compact", "Pro"]), T("Straightener", 39, 199, ["Ceramic", "Titanium"]),
                T("Hair Mask", 12, 49, ["Argan Oil", "Keratin"]), T("Curling Wand", 29, 149, ["25mm", "32mm"]),
            ], variants: []), costRatio: 0.35, demand: 1.0, maxQuantity: 3),
            Subcategory(name: "Fragrance", code: "FRG", style: .branded(types: [
                T("Eau de Parfum", 59, 199), T("Eau de Toilette", 39, 129), T("Body Mist", 15, 45), T("Perfume Gift Set", 69, 229),
            ], variants: ["Noir 50ml", "Bloom 100ml", "Citrus 30ml", "Oud 75ml", "Santal 50ml"]),
                        costRatio: 0.32, demand: 0.8, maxQuantity: 2),
        ])

    static let toys = Category(
        name: "Toys & Games", code: "TOY",
        brands: ["Brickland", "Playwise", "Tiny Tinkers", "Gamenight", "Starlight Toys", "Wonderbox"],
        returnRate: 0.045, ratingMean: 4.3, demand: 0.08,
        season: [0.6, 0.6, 0.65, 0.7, 0.7, 0.7, 0.75, 0.8, 0.85, 1.0, 1.9, 2.6], trend: [1.0, 1.03, 1.05],
        reasonWeights: [28, 22, 12, 15, 20, 3],
        subcategories: [
            Subcategory(name: "Board Games", code: "BGM", style: .branded(types: [
                T("Strategy Board Game", 29, 89), T("Family Card Game", 9, 25), T("Party Game", 15, 39),
                T("Cooperative Adventure Game", 39, 119), T("Chess Set", 19, 149, ["Wooden", "Magnetic Travel"]),
            ], variants: ["Classic Edition", "Deluxe Edition", "Travel Edition", "Expansion Pack", "Junior"]),
                        costRatio: 0.45, demand: 1.0, maxQuantity: 2),
            Subcategory(name: "Building Sets", code: "BLD", style: .branded(types: [
                T("Space Station Building Set", 49, 249), T("City Fire Station Set", 39, 149), T("Castle Building Kit", 49, 199),
                T("Race Car Set", 19, 89), T("Robot Building Kit", 59, 199),
            ], variants: ["520 Pieces", "1,200 Pieces", "250 Pieces", "Starter", "Ultimate"]),
                        costRatio: 0.5, demand: 1.0, maxQuantity: 2),
            Subcategory(name: "Dolls & Figures", code: "DOL", style: .branded(types: [
                T("Fashion Doll", 15, 49), T("Action Figure", 12, 39), T("Plush Bear", 15, 59, ["30cm", "60cm"]),
                T("Dollhouse", 79, 249, ["Three-Storey", "Cottage"]), T("Collectible Figure", 25, 149),
            ], variants: ["Series 3", "Deluxe", "Limited Edition", "Classic"]), costRatio: 0.45, demand: 0.9, maxQuantity: 3),
            Subcategory(name: "Puzzles", code: "PUZ", style: .branded(types: [
                T("Jigsaw Puzzle", 12, 35, ["500 Pieces", "1000 Pieces", "2000 Pieces"]), T("3D Puzzle", 19, 59),
                T("Brain Teaser Set", 9, 29), T("Wooden Puzzle", 12, 45),
            ], variants: ["Landmarks", "World Map", "Space", "Animals"]), costRatio: 0.4, demand: 0.7, maxQuantity: 2),
        ])

    static let books = Category(
        name: "Books", code: "BOK",
        brands: ["Harbor Lane Press", "Meridian Books", "Blue Finch Publishing", "Quill & Ivy", "Northlight Editions",
                 "Atlas House"],
        returnRate: 0.02, ratingMean: 4.4, demand: 0.09,
        season: [0.95, 0.9, 0.95, 0.95, 0.95, 1.05, 1.15, 1.1, 1.05, 0.95, 1.2, 1.5], trend: [1.0, 0.97, 0.95],
        reasonWeights: [40, 10, 20, 10, 15, 5],
        subcategories: [
            Subcategory(name: "Fiction", code: "FIC", style: .title(
                first: ["The Silent", "The Glass", "The Last", "The Hidden", "The Crimson", "A Winter", "The Broken",
                        "The Golden", "The Salt", "The Paper", "The Wild", "The Distant"],
                second: ["Harbor", "Orchard", "Lighthouse", "Garden", "Kingdom", "River", "Letters", "Tide", "Empire",
                         "Summer", "Atlas", "Shore"],
                formats: [T("Paperback", 9, 18), T("Hardcover", 18, 32), T("Large Print", 15, 26)]),
                        costRatio: 0.5, demand: 1.2, maxQuantity: 2),
            Subcategory(name: "Non-Fiction", code: "NFI", style: .title(
                first: ["The Art of", "The Science of", "A Short History of", "The Future of", "Lessons in", "The Power of",
                        "Notes on", "The Economics of"],
                second: ["Focus", "Money", "Salt", "Sleep", "Cities", "Habits", "Negotiation", "Design", "Food", "Data",
                         "Leadership", "Memory"],
                formats: [T("Paperback", 12, 22), T("Hardcover", 20, 45)]),
                        costRatio: 0.5, demand: 1.0, maxQuantity: 2),
            Subcategory(name: "Children's Books", code: "CHB", style: .title(
                first: ["The Sleepy", "The Brave Little", "The Curious", "The Tiny", "The Grumpy", "The Happy"],
                second: ["Dragon", "Tugboat", "Penguin", "Fox", "Moon", "Bear", "Owl", "Robot"],
                formats: [T("Board Book", 6, 12), T("Picture Book", 7, 16), T("Hardcover", 12, 22)]),
                        costRatio: 0.5, demand: 0.9, maxQuantity: 3),
        ])

    static let grocery = Category(
        name: "Grocery", code: "GRO",
        brands: ["Alpine Roast", "Terra Verde", "Golden Harvest", "Maple & Oat", "Bellavita", "Oceanic Pantry"],
        returnRate: 0.006, ratingMean: 4.4, demand: 0.09,
        season: [1.0, 0.95, 1.0, 1.0, 1.0, 0.95, 0.95, 0.95, 1.0, 1.05, 1.15, 1.35], trend: [1.0, 1.15, 1.3],
        reasonWeights: [50, 5, 20, 15, 5, 5],
        subcategories: [
            Subcategory(name: "Coffee & Tea", code: "COF", style: .branded(types: [
                T("Whole Bean Coffee", 9, 39, ["Colombia 1kg", "Ethiopia 500g", "Dark Roast 250g"]),
                T("Ground Coffee", 7, 24, ["Medium Roast 500g", "Decaf 250g"]), T("Espresso Capsules", 6, 29, ["x50", "x100"]),
                T("Green Tea", 4, 15, ["Organic 20 Bags", "Loose Leaf 100g"]), T("Earl Grey Tea", 4, 15, ["50 Bags", "Loose Leaf 100g"]),
                T("Cold Brew Concentrate", 8, 22, ["1L", "500ml"]),
            ], variants: []), costRatio: 0.55, demand: 1.5, maxQuantity: 6),
            Subcategory(name: "Snacks", code: "SNK", style: .branded(types: [
                T("Dark Chocolate Bar", 2, 6, ["70% Cocoa 100g", "Sea Salt 100g"]), T("Trail Mix", 4, 12, ["500g", "Tropical 300g"]),
                T("Sea Salt Crisps", 2, 6, ["150g", "Family Pack"]), T("Granola Bars", 4, 10, ["12-Pack", "Honey 6-Pack"]),
                T("Roasted Almonds", 5, 15, ["500g", "Smoked 200g"]), T("Oat Cookies", 3, 8, ["Salted Caramel", "Raisin"]),
            ], variants: []), costRatio: 0.55, demand: 1.4, maxQuantity: 6),
            Subcategory(name: "Pantry", code: "PAN", style: .branded(types: [
                T("Extra Virgin Olive Oil", 8, 29, ["1L", "500ml"]), T("Basmati Rice", 3, 12, ["1kg", "5kg"]),
                T("Penne Pasta", 2, 6, ["500g", "Organic 500g"]), T("Tomato Passata", 2, 6, ["700g", "Organic 700g"]),
                T("Maple Syrup", 8, 24, ["250ml", "500ml"]), T("Wildflower Honey", 6, 19, ["350g", "750g"]),
            ], variants: []), costRatio: 0.6, demand: 1.0, maxQuantity: 6),
        ])
}
