extension DemoCatalog {
    /// Name pools by language, so a customer in Lyon is not called Brittany Johnson.
    enum NamePool: Sendable {
        case english, french, german, spanish, portuguese, italian, dutch, swedish, polish, japanese, korean

        var firstNames: [String] {
            switch self {
            case .english: ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "William", "Sophia", "Oliver", "Isabella",
                            "Ethan", "Mia", "Lucas", "Charlotte", "Benjamin", "Amelia", "Henry", "Harper", "Jack",
                            "Emily", "Daniel", "Grace", "Samuel", "Chloe"]
            case .french: ["Louis", "Camille", "Gabriel", "Léa", "Arthur", "Manon", "Jules", "Chloé", "Hugo", "Inès",
                           "Raphaël", "Juliette", "Thomas", "Sarah", "Nathan", "Zoé", "Antoine", "Clara", "Mathis",
                           "Élodie"]
            case .german: ["Lukas", "Anna", "Leon", "Lena", "Finn", "Mia", "Paul", "Hannah", "Jonas", "Lea", "Felix",
                           "Sophie", "Maximilian", "Marie", "Tim", "Laura", "Jan", "Katharina", "Niklas", "Johanna"]
            case .spanish: ["Hugo", "Lucía", "Mateo", "Sofía", "Martín", "Martina", "Pablo", "Valentina", "Alejandro",
                            "Camila", "Diego", "Paula", "Javier", "Elena", "Santiago", "Carmen", "Andrés", "Daniela",
                            "Carlos", "Isabel"]
            case .portuguese: ["João", "Ana", "Pedro", "Beatriz", "Gabriel", "Mariana", "Lucas", "Juliana", "Rafael",
                               "Larissa", "Miguel", "Fernanda", "Tiago", "Carolina", "Bruno", "Inês", "Gustavo", "Letícia"]
            case .italian: ["Leonardo", "Giulia", "Francesco", "Sofia", "Alessandro", "Aurora", "Lorenzo", "Chiara",
                            "Matteo", "Francesca", "Andrea", "Martina", "Marco", "Alessia", "Luca", "Elisa"]
            case .dutch: ["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sanne", "Bram", "Fleur", "Thijs",
                          "Lotte", "Ruben", "Anouk", "Jesse", "Eva", "Pieter", "Maud"]
            case .swedish: ["Erik", "Elsa", "Oscar", "Alice", "Axel", "Maja", "Hugo", "Ebba", "Gustav", "Saga", "Nils",
                            "Astrid", "Karl", "Linnea", "Olof", "Ingrid"]
            case .polish: ["Jakub", "Zuzanna", "Kacper", "Julia", "Antoni", "Maja", "Szymon", "Zofia", "Jan", "Hanna",
                           "Piotr", "Aleksandra", "Tomasz", "Natalia", "Michał", "Agnieszka"]
            case .japanese: ["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura", "Kaito", "Mei", "Riku",
                             "Yuna", "Takumi", "Haruka", "Kenji", "Akari", "Daiki", "Miyu"]
            case .korean: ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun", "Su-ah", "Ye-jun",
                           "Ji-yoo", "Hyun-woo", "Min-seo", "Jae-won", "Da-eun"]
            }
        }

        var lastNames: [String] {
            switch self {
            case .english: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
                            "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
                            "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
                            "Campbell", "Evans"]
            case .french: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                           "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
                           "Vincent", "Fournier", "Girard", "Bonnet", "Mercier", "Lambert"]
            case .german: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                           "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
                           "Zimmermann", "Braun", "Krüger", "Hartmann"]
            case .spanish: ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
                            "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero",
                            "Torres", "Ramírez", "Flores", "Vargas", "Castillo"]
            case .portuguese: ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
                               "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
                               "Barbosa", "Rocha"]
            case .italian: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo"]
            case .dutch: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
                          "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks"]
            case .swedish: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                            "Persson", "Svensson", "Gustafsson", "Lindberg", "Lindqvist"]
            case .polish: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                           "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]
            case .japanese: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                             "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue"]
            case .korean: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh"]
            }
        }
    }

    /// Reserved example domains (RFC 2606), so generated addresses can never reach a real mailbox.
    static let emailDomains = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]

    /// Lower-case ASCII for an e-mail local part: strips accents and drops anything else.
    static func emailSlug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.unicodeScalars.append(scalar)
            case "à", "á", "â", "ã", "ä", "å", "ą": slug += "a"
            case "ç", "ć": slug += "c"
            case "è", "é", "ê", "ë", "ę": slug += "e"
            case "ì", "í", "î", "ï": slug += "i"
            case "ñ", "ń": slug += "n"
            case "ò", "ó", "ô", "õ", "ö": slug += "o"
            case "ù", "ú", "û", "ü": slug += "u"
            case "ś": slug += "s"
            case "ź", "ż": slug += "z"
            case "ł": slug += "l"
            default: break
            }
        }
        return slug
    }
}
