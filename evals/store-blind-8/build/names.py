"""Name pools for the store-blind-8 generators (plain lists, no randomness here)."""
# United Kingdom pool (Crescendo Music): stored as first_name / last_name.
UK_FIRST = ["Oliver", "Amelia", "George", "Olivia", "Harry", "Emily", "Jack", "Sophie", "Charlie", "Poppy",
            "Alfie", "Freya", "Thomas", "Grace", "James", "Lily", "William", "Ella", "Joshua", "Megan",
            "Siân", "Rhys", "Ffion", "Dafydd", "Gwen", "Iwan", "Cerys", "Owain", "Bethan", "Gethin",
            "Seán", "Siobhán", "Niamh", "Aoife", "Ciarán", "Orla", "Pádraig", "Róisín", "Conor", "Eimear",
            "Hamish", "Isla", "Mhairi", "Callum", "Eilidh", "Ruaridh", "Kirsty", "Fraser", "Morag", "Euan",
            "Łukasz", "Zofia", "Małgorzata", "Tomasz", "João", "Inês", "Zoë", "Chloé", "André", "Søren",
            "Priya", "Aarav", "Fatima", "Mohammed", "Ayesha", "Imran", "Oluwaseun", "Chiamaka", "Kwame", "Ama"]
UK_LAST = ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis",
           "Morgan", "Griffiths", "Price", "Jenkins", "Pritchard", "Llewellyn", "Vaughan", "Powell", "Rees", "Bowen",
           "O'Neill", "Murphy", "Kelly", "Byrne", "McLaughlin", "Ó Briain", "Ní Bhriain", "Doherty", "Quinn", "Gallagher",
           "Campbell", "MacLeod", "Stewart", "Fraser", "Grant", "Ross", "Murray", "Mackenzie", "Sinclair", "Buchanan",
           "Patel", "Khan", "Ahmed", "Hussain", "Begum", "Shah", "Okafor", "Mensah", "Adebayo", "Boateng",
           "Kowalski", "Nowak", "Wójcik", "Zieliński", "Dąbrowski", "Silva", "Gonçalves", "Müller", "Schröder", "Lefèvre",
           "Bennett", "Clarke", "Wright", "Walker", "Robinson", "Wood", "Thompson", "Watson", "Hall", "Cooper"]

# Canadian pool (Maple & Crumb): stored as one FullName column.
CA_FIRST = ["Émilie", "Éloïse", "Chloé", "Zoé", "Noémie", "Béatrice", "Hélène", "Geneviève", "Anaïs", "Léa",
            "François", "Jérôme", "Frédéric", "Stéphane", "Théo", "Loïc", "Benoît", "Raphaël", "Étienne", "Gaëtan",
            "Liam", "Olivia", "Noah", "Emma", "Ethan", "Ava", "Lucas", "Charlotte", "Owen", "Amelia",
            "Jacob", "Hannah", "Logan", "Abigail", "Connor", "Brooke", "Mackenzie", "Tyler", "Madison", "Kyle",
            "Harjit", "Gurpreet", "Navdeep", "Simran", "Jaspreet", "Wei", "Mei", "Jun", "Hiroshi", "Min-seo",
            "Maricel", "Rodel", "Jericho", "Oksana", "Taras", "Bohdan", "Mariam", "Yasmin", "Karim", "Nadia"]
CA_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
           "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Thériault", "Hébert",
           "Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Anderson", "Martin", "Taylor", "Thompson", "White",
           "Johnson", "Murphy", "Stewart", "Fraser", "MacLean", "Sinclair", "McNeil", "Doucette", "LeBlanc", "Arsenault",
           "Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Chen", "Wong", "Li", "Nguyen", "Tran",
           "Kim", "Park", "Santos", "Reyes", "Cruz", "Kovalenko", "Shevchenko", "Haddad", "Khoury", "Nasser"]
