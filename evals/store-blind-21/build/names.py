"""Name pools for the store-blind-21 generators (plain lists, no randomness here)."""
# Portugal pool (Mare Viva Surf Co. customers in Portugal): Portuguese, Brazilian, Cape Verdean, Angolan, Goan and
# Ukrainian / Nepalese newcomers.  Accents kept as people type them (and sometimes dropped: see the generator).
PT_FIRST = ["João", "José", "António", "Gonçalo", "Tomás", "Duarte", "Rodrigo", "Martim", "Afonso", "Vasco",
            "Tiago", "Rui", "Nuno", "Sebastião", "Simão", "Frederico", "Lourenço", "Diogo", "Henrique", "Salvador",
            "Maria", "Inês", "Beatriz", "Leonor", "Matilde", "Carolina", "Mariana", "Constança", "Margarida", "Joana",
            "Sofia", "Catarina", "Rita", "Conceição", "Filipa", "Francisca", "Madalena", "Teresa", "Benedita", "Íris",
            "Luana", "Thaís", "Lucas", "Enzo", "Gabriela", "Caio", "Yasmin", "Kauã", "Larissa", "Thiago",
            "Djamila", "Nélson", "Edmilson", "Ivanilda", "Adilson", "Zuleica", "Ailton", "Elisângela",
            "Olena", "Oleksandr", "Iryna", "Bishal", "Sushila", "Anil", "Priyanka", "Savio"]
PT_LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
           "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha",
           "Conceição", "Simões", "Magalhães", "Brandão", "Guimarães", "Assunção", "Sequeira", "Quintão", "Loureiro", "Calado",
           "dos Santos", "da Silva", "de Sousa", "Vaz", "Barros", "Tavares", "Semedo", "Lopes Tavares", "Fortes", "Varela",
           "Kovalenko", "Shevchenko", "Bondarenko", "Gurung", "Tamang", "Shrestha", "D'Souza", "Fernandes da Costa", "Pires", "Baptista"]
# Foreign customers of the web shop (Spain, France, Germany, UK, Ireland, Netherlands, Italy, Belgium).
ES_FIRST = ["Iñaki", "Aitor", "Unai", "Ane", "Maialen", "Xabier", "Nerea", "Lucía", "Martín", "Pablo", "Álvaro", "Sofía",
            "Núria", "Jordi", "Montserrat", "Begoña", "Íñigo", "Marta", "Uxía", "Brais", "Iria", "Xoán"]
ES_LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Etxeberria", "Agirre",
           "Goikoetxea", "Uriarte", "Castro", "Núñez", "Puig", "Vidal", "Ibáñez", "Muñoz", "Otero", "Piñeiro"]
FR_FIRST = ["Léa", "Chloé", "Manon", "Camille", "Théo", "Hugo", "Maël", "Noémie", "Gaëlle", "Jérôme", "Benoît", "Anaïs"]
FR_LAST = ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Lemaître", "Étienne", "Duchêne", "Le Goff", "Arrieta", "Hiriart"]
DE_FIRST = ["Jonas", "Lukas", "Felix", "Lena", "Jana", "Sören", "Jürgen", "Anke", "Björn", "Mareike"]
DE_LAST = ["Müller", "Schmidt", "Schröder", "Weiß", "Köhler", "Groß", "Hoffmann", "Krüger", "Becker", "Wagner"]
GB_FIRST = ["Oliver", "Harry", "Amelia", "Isla", "Callum", "Rhys", "Siobhan", "Niamh", "Ciarán", "Aoife", "Freya", "Alfie"]
GB_LAST = ["Smith", "Jones", "Williams", "O'Sullivan", "McCarthy", "Evans", "Thomas", "Davies", "O'Neill", "Murphy", "Walsh", "Penhaligon"]
NL_FIRST = ["Daan", "Sem", "Fleur", "Lotte", "Sanne", "Bram"]
NL_LAST = ["de Vries", "van Dijk", "Bakker", "Visser", "van der Berg", "Smit"]
IT_FIRST = ["Giulia", "Lorenzo", "Niccolò", "Chiara", "Matteo", "Federica"]
IT_LAST = ["Rossi", "Russo", "Esposito", "Bianchi", "Colombo", "De Luca"]

# Norway pool (Blekk & Papir AS private customers and staff): Norwegian names with æ / ø / å, Northern Sami, and the
# Polish, Lithuanian, Somali, Pakistani-, Vietnamese-, Eritrean- and Swedish-Norwegian names of a Norwegian city.
NO_FIRST = ["Kari", "Ingrid", "Solveig", "Åse", "Ragnhild", "Sigrid", "Tuva", "Maja", "Nora", "Ingeborg",
            "Sunniva", "Synnøve", "Marte", "Hege", "Bjørg", "Liv", "Tone", "Eldbjørg", "Gro", "Frøydis",
            "Ola", "Per", "Bjørn", "Øyvind", "Håkon", "Sindre", "Eirik", "Torbjørn", "Jørgen", "Sverre",
            "Aksel", "Magnus", "Trygve", "Stian", "Geir", "Even", "Ådne", "Kjetil", "Halvard", "Ørjan",
            "Áilu", "Máret", "Niillas", "Biret", "Ánde",
            "Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Tomas", "Rūta", "Jonas", "Aistė",
            "Hodan", "Abdirahman", "Faadumo", "Ayaan", "Usman", "Ayesha", "Bilal", "Sana",
            "Thu Trang", "Minh", "Huong", "Yonas", "Selam", "Linnéa", "Björn", "Åsa"]
NO_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
           "Haugland", "Brekke", "Lie", "Aasen", "Strand", "Sæther", "Solberg", "Hagen", "Dahl", "Bakke",
           "Myklebust", "Bjørnstad", "Halvorsen", "Løvås", "Nygård", "Ødegård", "Sandvik", "Skjæveland", "Tveit", "Grønnevik",
           "Aarrestad", "Haaland", "Fjellstad", "Økland", "Røysland", "Mæland", "Vågen", "Kleppe", "Frøyland", "Bø",
           "Somby", "Eira", "Gaup", "Hætta", "Sara",
           "Kowalski", "Wójcik", "Nowak", "Zieliński", "Kazlauskas", "Petrauskienė",
           "Warsame", "Mohamed", "Hussain", "Khan", "Iqbal", "Nguyen", "Tran", "Pham", "Tesfaye", "Haile", "Lindqvist", "Åberg"]
